import PlanModel

/// Small literals: languages, years, indicator values.
enum SimpleLiterals {
    static let languageID = DSLRules.invalidLanguage
    static let yearID = DSLRules.invalidYear
    static let numberID = DSLRules.invalidNumber

    /// A BCP 47 tag: primary language in lower case (`en`, `fr`), optional subtags (`es-419`).
    static func language(_ bytes: LiteralBytes) -> Parsed<String> {
        let s = bytes.trimmed
        let parts = s.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        let primaryOK = parts.first.map { (2...3).contains($0.count) && $0.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } } ?? false
        let restOK = parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy(LineLexer.isAlphanumeric) }
        if primaryOK, restOK { let text = s.text; return .value(text, canonical: text) }
        let lowered = s.text.lowercased()
        let fix = lowered != s.text && lowered.utf8.count <= 3 && lowered.utf8.count >= 2 ? lowered : nil
        return .failure(LiteralFailure(languageID, s.startIndex, max(s.endIndex, s.startIndex), "Expected a language code such as 'en', 'fr', 'es' or 'ar'",
                                       replace: fix.map { .init(start: s.startIndex, end: s.endIndex, text: $0) }))
    }

    /// A calendar year, four digits.
    static func year(_ bytes: LiteralBytes) -> Parsed<Int> {
        let s = bytes.trimmed
        guard s.count == 4, s.isDigits, let y = Int(s.text), y >= 1900 else {
            return .failure(LiteralFailure(yearID, s.startIndex, max(s.endIndex, s.startIndex), "Expected a year such as '2026'"))
        }
        return .value(y, canonical: s.text)
    }

    /// An indicator's baseline or target: a percentage (`62%`) or a number (`1,200`, `3.5`).
    static func indicatorValue(_ bytes: LiteralBytes) -> Parsed<IndicatorValue> {
        let s = bytes.trimmed
        if s.last == UInt8(ascii: "%") {
            switch PercentLiteral.parse(s) {
            case .value(let p, let c): return .value(.percent(p), canonical: s.count == bytes.count ? c : c ?? s.text)
            case .failure(let f): return .failure(f)
            }
        }
        let expected = "Expected a number such as '1,200' or a percentage such as '62%'"
        return Parsed { () throws(LiteralFailure) in
            let groups = try DigitGroups.leading(s, id: numberID, example: "1,200", expected: expected)
            guard groups.end == s.endIndex else { throw LiteralFailure(numberID, s.startIndex, s.endIndex, expected) }
            try FigureRange.decimal(groups, at: s)
            return (.number(groups.doubleValue), s.count == bytes.count && groups.isWrittenCanonically(from: s.startIndex, grouped: true) ? nil : groups.canonical)
        }
    }
}
