/// `yes` or `no`, only where a key is a flag. Other spellings (`true`, `Yes`, `on`) are errors
/// with the right word as a fix.
enum FlagLiteral {
    static let id = DSLRules.invalidFlag
    private static let yes: Set<String> = ["true", "y", "on", "1", "oui", "si", "sí"]
    private static let no: Set<String> = ["false", "n", "off", "0", "non"]

    static func parse(_ bytes: LiteralBytes) -> Parsed<Bool> {
        let s = bytes.trimmed
        let text = s.text
        if text == "yes" { return .value(true, canonical: "yes") }
        if text == "no" { return .value(false, canonical: "no") }
        let lowered = text.lowercased()
        let meant = lowered == "yes" || yes.contains(lowered) ? "yes" : lowered == "no" || no.contains(lowered) ? "no" : nil
        let start = s.startIndex
        let end = max(s.endIndex, start)
        guard let meant else { return .failure(LiteralFailure(id, start, end, "Expected 'yes' or 'no'")) }
        return .failure(LiteralFailure(id, start, end, "Expected 'yes' or 'no': write '\(meant)'", replace: .init(start: start, end: end, text: meant)))
    }
}
