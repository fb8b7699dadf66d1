import PlanModel

/// `indicators:` in a sector chapter: a list of `- id: ...` blocks.
enum IndicatorSchema {
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> [IndicatorDeclaration] {
        var out: [IndicatorDeclaration] = []
        var seen: [String: SourceRange] = [:]
        for (item, entries) in reader.blockItems(entry, expecting: "'- id: ...' items") {
            var id: Located<String>?
            var d = IndicatorDeclaration(id: Located("", at: item.dash), range: item.dash)
            for e in entries {
                switch e.key {
                case "id": id = reader.literal(e, expecting: "an indicator code", IdentifierLiteral.code)
                case "name": d.name = reader.text(e)
                case "outcome-area": d.outcomeArea = reader.literal(e, expecting: "an outcome area such as 'OA1'", IdentifierLiteral.code)
                case "unit": d.unit = reader.literal(e, expecting: "a unit such as 'percent'", IdentifierLiteral.slug)
                case "baseline": d.baseline = reader.literal(e, expecting: "a number or percentage", SimpleLiterals.indicatorValue)
                case "target": d.target = reader.literal(e, expecting: "a number or percentage", SimpleLiterals.indicatorValue)
                default: reader.unknownKey(e, known: ChapterKeys.indicator, in: "an indicator")
                }
            }
            reader.require(["id"], in: entries, at: item.dash, what: "An indicator")
            guard let id else { continue }
            if let first = seen[id.value] {
                reader.context.error(DSLRules.duplicateListItem, id.range.start.offset, id.range.end.offset, "Indicator '\(id.value)' is already declared in this chapter",
                                     notes: [.init("First declared here", file: reader.context.file.path, range: first)])
                continue
            }
            seen[id.value] = id.range
            d.id = id
            d.range = item.dash.union(reader.tree[item.value].range)
            out.append(d)
        }
        return out
    }
}
