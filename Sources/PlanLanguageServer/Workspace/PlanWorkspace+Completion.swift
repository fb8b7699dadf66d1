import Foundation
import PlanModel
import PlanSyntax

extension PlanWorkspace {
    /// Completions at `position` in the front matter of `name`: the keys the chapter kind (or the
    /// enclosing block) accepts at the start of a line; after `key:`, the values that key takes
    /// (country codes, sector and sub-sector slugs, partner codes, partner types, plan types,
    /// outcome areas); under `requirements:` partner codes, under `population:` the groups.
    public func completion(_ name: String, at position: Position) -> [CompletionItem] {
        guard let chapter = chapter(name), let block = chapter.layout.frontMatter else { return [] }
        let file = chapter.file
        let offset = UTF16Positions.offset(of: position, in: file)
        guard offset >= block.content.lowerBound, offset <= block.content.upperBound else { return [] }
        let line = position.line + 1
        let lineStart = file.lineStarts[line - 1]
        let before = file.text(lineStart..<offset)
        let indent = before.prefix { $0 == " " }.count
        let ancestors = ancestorKeys(of: line, indent: indent, in: file, from: block.firstContentLine)
        if let colon = before.firstIndex(of: ":") {
            var key = before[..<colon].trimmingCharacters(in: .whitespaces)
            if key.hasPrefix("- ") { key = key.dropFirst(2).trimmingCharacters(in: .whitespaces) }
            return values(of: key, ancestors: ancestors, in: name)
        }
        if ancestors.first == "requirements" { return partnerItems() }
        if ancestors.first == "population" { return PopulationGroup.allCases.map { CompletionItem(label: $0.rawValue, kind: 12, detail: $0.label, insertText: $0.rawValue + ":") } }
        return keys(ancestors: ancestors, kind: kind(of: name)).map { CompletionItem(label: $0, kind: 10, detail: nil, insertText: $0 + ": ") }
    }

    /// The keys of the blocks enclosing `line`, nearest first: each line above with less
    /// indentation opens one.
    private func ancestorKeys(of line: Int, indent: Int, in file: SourceFile, from first: Int) -> [String] {
        var keys: [String] = []
        var limit = indent
        var n = line - 1
        while n >= first, limit > 0 {
            let text = file.text(ofLine: n)
            let lineIndent = text.prefix { $0 == " " }.count
            let content = text.dropFirst(lineIndent)
            if !content.isEmpty, !content.hasPrefix("#"), lineIndent < limit {
                let item = content.hasPrefix("- ") ? content.dropFirst(2) : content
                if let colon = item.firstIndex(of: ":") { keys.append(String(item[..<colon])) } else { keys.append(String(item)) }
                limit = lineIndent
            }
            n -= 1
        }
        return keys
    }

    private enum Kind { case plan, country, sector, translation, foreword, unknown }

    private func kind(of name: String) -> Kind {
        switch header(name) {
        case .plan: return .plan
        case .country: return .country
        case .sector: return .sector
        case .translation: return .translation
        case .foreword: return .foreword
        case nil:
            let text = chapter(name)?.frontMatterText ?? ""
            if text.contains("chapter: sector") { return .sector }
            if text.contains("chapter: country") { return .country }
            if text.contains("chapter: translation") { return .translation }
            if text.contains("chapter: foreword") { return .foreword }
            if text.hasPrefix("plan:") || text.contains("\nplan:") { return .plan }
            return .unknown
        }
    }

    private func keys(ancestors: [String], kind: Kind) -> [String] {
        switch ancestors.count {
        case 0:
            switch kind {
            case .plan: return ChapterKeys.plan
            case .country: return ChapterKeys.country
            case .sector: return ChapterKeys.sector
            case .translation: return ChapterKeys.translation
            case .foreword: return ChapterKeys.foreword
            case .unknown: return ["chapter", "plan"]
            }
        default:
            if ancestors[0] == "headline" { return ChapterKeys.headline }
            if ancestors[0] == "unallocated" { return ChapterKeys.unallocated }
            if ancestors[0] == "lint" { return ChapterKeys.lint }
            if ancestors.last == "indicators" { return ChapterKeys.indicator }
            guard ancestors.count >= 2 else { return [] }
            switch ancestors[1] {
            case "partners": return ChapterKeys.partner
            case "sectors": return ChapterKeys.sectorDeclaration
            case "sub-regions": return ChapterKeys.subRegion
            case "population": return ChapterKeys.populationFigures
            default: return []
            }
        }
    }

    private func values(of key: String, ancestors: [String], in name: String) -> [CompletionItem] {
        let header = compilation.planHeader
        switch key {
        case "country", "countries":
            var items = ISO3166.names.sorted { $0.key < $1.key }.map { CompletionItem(label: $0.key, kind: 21, detail: $0.value, insertText: nil) }
            if key == "country" {
                items.append(CompletionItem(label: "regional", kind: 21, detail: "The regional level", insertText: nil))
                items += (header?.subRegions ?? []).map { CompletionItem(label: $0.id.value, kind: 21, detail: $0.name.value, insertText: nil) }
            }
            return items
        case "sector":
            return (header?.sectors ?? []).map { CompletionItem(label: $0.id.value, kind: 12, detail: $0.name.value, insertText: nil) }
        case "subsector":
            var sectors = header?.sectors ?? []
            if case .sector(let h) = self.header(name) { sectors = sectors.filter { $0.id.value == h.sector.value } }
            return sectors.flatMap { s in s.subsectors.map { CompletionItem(label: $0.value, kind: 12, detail: s.subsectorNames[$0.value]?.value ?? s.name.value, insertText: nil) } }
        case "type" where !ancestors.isEmpty:
            return PartnerType.allCases.map { CompletionItem(label: $0.rawValue, kind: 12, detail: $0.label, insertText: nil) }
        case "type":
            return PlanKind.allCases.map { CompletionItem(label: $0.rawValue, kind: 12, detail: nil, insertText: nil) }
        case "outcome-area", "outcome-areas":
            return OutcomeArea.all.map { CompletionItem(label: $0.code, kind: 21, detail: $0.name, insertText: nil) }
        case "implementing-for":
            return partnerItems()
        case "chapter":
            return ["country", "sector", "translation", "foreword"].map { CompletionItem(label: $0, kind: 12, detail: nil, insertText: nil) }
        default:
            return []
        }
    }

    private func partnerItems() -> [CompletionItem] {
        (compilation.planHeader?.partners ?? []).map { CompletionItem(label: $0.id.value, kind: 18, detail: "\($0.name.value) (\($0.type.value.label))", insertText: nil) }
    }
}
