import PlanModel

/// `revision:` in the plan file: `name` (required), `date`, `previous`.
enum RevisionSchema {
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> RevisionInfo? {
        guard let entries = reader.block(entry) else { return nil }
        var name: Located<String>?
        var date: Located<PlanDate>?
        var previous: Located<String>?
        for e in entries {
            switch e.key {
            case "name": name = reader.text(e)
            case "date": date = reader.literal(e, expecting: "a date", DateLiteral.parse)
            case "previous": previous = reader.text(e)
            default: reader.unknownKey(e, known: ChapterKeys.revision, in: "'revision'")
            }
        }
        reader.require(["name"], in: entries, at: entry.keyRange, what: "'revision'")
        return name.map { RevisionInfo(name: $0.value, date: date?.value, previous: previous?.value) }
    }
}
