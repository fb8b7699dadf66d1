import PlanModel

/// `population:` in a sector chapter: figures per population group.
enum PopulationSchema {
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> [PopulationFigures] {
        guard let groups = reader.block(entry) else { return [] }
        var out: [PopulationFigures] = []
        for g in groups {
            let keyBytes = reader.context.file.bytes[g.keyRange.start.offset..<g.keyRange.end.offset]
            let known = PlanSchema.choice(keyBytes, PopulationGroup.self, what: "a population group")
            if case .failure = known { reportUnknownGroup(g, reader: &reader) }
            guard let entries = reader.block(g) else { continue }
            // An unknown group's figures are still read, so that their own mistakes are reported.
            guard case .value(let group, _) = known else {
                _ = figures(entries, group: Located(.refugees, at: g.keyRange), name: g.key, reader: &reader)
                continue
            }
            out.append(figures(entries, group: Located(group, at: g.keyRange), name: g.key, reader: &reader))
        }
        return out
    }

    private static func figures(_ entries: [FrontMatterEntry], group: Located<PopulationGroup>, name: String, reader: inout SchemaReader) -> PopulationFigures {
        var figures = PopulationFigures(group: group)
        for e in entries {
            switch e.key {
            case "planned": figures.planned = reader.literal(e, expecting: "a number of people", CountLiteral.parse)
            case "in-need": figures.inNeed = reader.literal(e, expecting: "a number of people", CountLiteral.parse)
            case "targeted": figures.targeted = reader.literal(e, expecting: "a number of people", CountLiteral.parse)
            case "sex": figures.sex = reader.literal(e, expecting: "a split such as 'female 56%, male 44%'", DemographicsLiteral.sex)
            case "age": figures.age = reader.literal(e, expecting: "shares such as '0-4 18%, 60+ 5%'", DemographicsLiteral.age)
            default: reader.unknownKey(e, known: ChapterKeys.populationFigures, in: "population group '\(name)'")
            }
        }
        return figures
    }

    private static func reportUnknownGroup(_ entry: FrontMatterEntry, reader: inout SchemaReader) {
        let groups = PopulationGroup.allCases.map(\.rawValue)
        let start = entry.keyRange.start.offset
        let end = entry.keyRange.end.offset
        let near = NearMiss.suggestion(for: entry.key, in: groups)
        reader.context.error(DSLRules.unknownKey, start, end,
                             "Unknown population group '\(entry.key.excerpt)'" + (near.map { "; did you mean '\($0)'?" } ?? "; known groups: \(groups.joined(separator: ", "))"),
                             fixIts: near.map { [reader.context.fix("Replace with '\($0)'", start, end, $0)] } ?? [])
    }
}
