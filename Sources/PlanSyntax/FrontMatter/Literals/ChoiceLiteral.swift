/// A value from a fixed list (plan types, partner types, population groups, `yes`/`no`).
enum ChoiceLiteral {
    static let id = DSLRules.invalidChoice

    /// Matches the written text exactly against `choices`.
    static func parse(_ bytes: LiteralBytes, choices: [String], what: String) -> Parsed<String> {
        let s = bytes.trimmed
        let text = s.text
        if choices.contains(text) { return .value(text, canonical: text) }
        let list = choices.map { "'\($0)'" }.joined(separator: ", ")
        let start = s.startIndex
        let end = max(s.endIndex, start)
        if let near = NearMiss.suggestion(for: text, in: choices) {
            return .failure(LiteralFailure(id, start, end, "Expected \(what): one of \(list); did you mean '\(near)'?", replace: .init(start: start, end: end, text: near)))
        }
        return .failure(LiteralFailure(id, start, end, "Expected \(what): one of \(list)"))
    }
}
