import PlanCompiler
import PlanDriver
import PlanModel
import PlanSyntax

extension PlanWorkspace {
    /// The word under `position` in `name` (letters, digits, `-` and `_`: a partner code, a
    /// sector slug, a country code) and its byte range.
    func word(at position: Position, in name: String) -> (text: String, range: Swift.Range<Int>)? {
        guard let file = files[name] else { return nil }
        let offset = UTF16Positions.offset(of: position, in: file)
        let bytes = file.bytes
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
        }
        var start = offset
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        var end = offset
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        guard start < end else { return nil }
        return (file.text(start..<end), start..<end)
    }

    /// Hover text at `position`: a partner code's name, type and what it requests in this
    /// chapter; a sector slug's name, sub-sectors and outcome areas; a country code's name; and
    /// the rule of every diagnostic there (`rrp explain`).
    public func hover(_ name: String, at position: Position) -> Hover? {
        guard let file = files[name] else { return nil }
        var parts: [String] = []
        var range: LSPRange?
        if let (word, bytes) = word(at: position, in: name) {
            let header = compilation.planHeader
            if let partner = header?.partners.first(where: { $0.id.value == word }) {
                parts.append(partnerText(partner, in: name))
            }
            if let sector = header?.sectors.first(where: { $0.id.value == word }) {
                var text = "**\(word)**: sector *\(sector.name.value)*"
                if !sector.subsectors.isEmpty { text += "\n\nSub-sectors: " + sector.subsectors.map(\.value).joined(separator: ", ") }
                if !sector.outcomeAreas.isEmpty { text += "\n\nOutcome areas: " + sector.outcomeAreas.map(\.value).joined(separator: ", ") }
                parts.append(text)
            }
            if let country = ISO3166.name(of: word) { parts.append("**\(word)**: \(country)") }
            if !parts.isEmpty { range = UTF16Positions.range(file.range(from: bytes.lowerBound, to: bytes.upperBound), in: file) }
        }
        let offset = UTF16Positions.offset(of: position, in: file)
        for d in diagnostics[name] ?? [] {
            guard let r = d.range, r.start.offset <= offset, offset <= max(r.end.offset, r.start.offset + 1) else { continue }
            let explanation = RuleCatalog.rule(d.id)?.explanation ?? d.explanation ?? ""
            parts.append("**\(d.id)** (\(d.severity.rawValue)): \(d.summary)\n\n\(explanation)\n\nMore: `rrp explain \(d.id)`")
        }
        guard !parts.isEmpty else { return nil }
        return Hover(contents: MarkupContent(value: parts.joined(separator: "\n\n---\n\n")), range: range)
    }

    private func partnerText(_ partner: PartnerDeclaration, in name: String) -> String {
        var text = "**\(partner.id.value)**: \(partner.name.value)\n\nType: \(partner.type.value.label)"
        if partner.local { text += " (local)" }
        if let principal = partner.implementingFor { text += "\n\nImplementing for \(principal.value)" }
        if case .sector(let h) = header(name) {
            let lines = h.requirements.filter { $0.partner.value == partner.id.value }.flatMap(\.amounts)
            if !lines.isEmpty {
                let amounts = lines.map { ($0.year.map { "\($0.value): " } ?? "") + $0.money.value.description }
                text += "\n\nRequests in this chapter: " + amounts.joined(separator: ", ")
            }
        }
        let chapters = Set(requirementLines(of: partner.id.value).map(\.name)).count
        text += "\n\nRequests in \(chapters) chapter\(chapters == 1 ? "" : "s") of the plan"
        return text
    }

    /// Every requirement line of the plan for `partner`: its file and the partner code's range.
    func requirementLines(of partner: String) -> [(name: String, range: SourceRange)] {
        var found: [(String, SourceRange)] = []
        for file in compilation.files {
            guard case .sector(let h) = file.header else { continue }
            for line in h.requirements where line.partner.value == partner { found.append((file.source.file.name, line.partner.range)) }
        }
        return found
    }

    /// Where the word at `position` is declared: a partner code or a sector slug, in the plan
    /// file.
    public func definition(_ name: String, at position: Position, uri: (String) -> String) -> Location? {
        guard let (word, _) = word(at: position, in: name), let header = compilation.planHeader else { return nil }
        let plan = planFileName
        if let partner = header.partners.first(where: { $0.id.value == word }) {
            return Location(uri: uri(plan), range: lspRange(partner.id.range, in: plan))
        }
        if let sector = header.sectors.first(where: { $0.id.value == word }) {
            return Location(uri: uri(plan), range: lspRange(sector.id.range, in: plan))
        }
        return nil
    }

    /// Every chapter line requesting for the partner at `position` (its declaration too with
    /// `includeDeclaration`).
    public func references(_ name: String, at position: Position, includeDeclaration: Bool, uri: (String) -> String) -> [Location] {
        guard let (word, _) = word(at: position, in: name), let partner = compilation.planHeader?.partners.first(where: { $0.id.value == word }) else { return [] }
        var locations: [Location] = []
        if includeDeclaration { locations.append(Location(uri: uri(planFileName), range: lspRange(partner.id.range, in: planFileName))) }
        for (file, range) in requirementLines(of: word) { locations.append(Location(uri: uri(file), range: lspRange(range, in: file))) }
        return locations
    }
}
