import PlanModel

/// The plan's foreword (`chapter: foreword`): `language`, `title`, `signed-by` and the
/// clearance keys; its body is the foreword's text.
enum ForewordSchema {
    static let place = "a foreword"

    static func read(_ entries: [FrontMatterEntry], opening: SourceRange, reader: inout SchemaReader) -> ForewordHeader? {
        var header = ForewordHeader()
        var clearance = Clearance()
        for entry in entries where !ClearanceSchema.read(entry, into: &clearance, reader: &reader) {
            switch entry.key {
            case "chapter": header.kindRange = entry.keyRange
            case "language": header.language = reader.literal(entry, expecting: "a language code", SimpleLiterals.language)
            case "title": header.title = reader.text(entry)
            case "signed-by": header.signedBy = reader.textList(entry)
            default: reader.unknownKey(entry, known: ChapterKeys.foreword, in: Self.place, elsewhere: ChapterKeys.elsewhere(entry.key, notIn: Self.place))
            }
        }
        header.clearance = clearance
        return header
    }
}
