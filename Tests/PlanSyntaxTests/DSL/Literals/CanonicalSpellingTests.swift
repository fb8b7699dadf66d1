import Testing
@testable import PlanSyntax

/// A literal written in its canonical spelling gives no spelling (nothing to rewrite); any other
/// spelling gives the canonical one, as `rrp fmt` writes it.
@Suite struct CanonicalSpellingTests {
    static func bytes(_ s: String) -> LiteralBytes { Array(s.utf8)[...] }

    static func spelling<T>(_ parsed: Parsed<T>) -> String?? {
        guard case .value(_, let canonical) = parsed else { return .none }
        return .some(canonical)
    }

    @Test(arguments: [
        ("0-4 18%, 5-11 20%, 60+ 5%", nil),
        ("0-4 18.5%, 5-11 20%, 12-17 0%", nil),
        ("0-4 18%,5-11 20%, 60+ 5%", "0-4 18%, 5-11 20%, 60+ 5%"),
        ("0-4 18% , 5-11 20%", "0-4 18%, 5-11 20%"),
        ("0-4 18%,  5-11 20%", "0-4 18%, 5-11 20%"),
        ("0-4  18%, 5-11 20%", "0-4 18%, 5-11 20%"),
        ("00-4 18%, 5-11 20%", "0-4 18%, 5-11 20%"),
        ("0-04 18%, 5-11 20%", "0-4 18%, 5-11 20%"),
        ("0-4 18%, 060+ 20%", "0-4 18%, 60+ 20%"),
        ("0-4 018%, 5-11 20%", "0-4 18%, 5-11 20%"),
        (" 0-4 18%, 5-11 20%", "0-4 18%, 5-11 20%"),
        ("0-4 18%, 5-11 20%\t", "0-4 18%, 5-11 20%"),
    ] as [(String, String?)])
    func ageBreakdowns(text: String, canonical: String?) {
        #expect(Self.spelling(DemographicsLiteral.age(Self.bytes(text))) == .some(canonical))
    }

    @Test(arguments: [
        ("USD 3,450,000", nil), ("USD 45.2M", nil), ("USD 49.25 million", nil), ("USD 0", nil), ("USD 999", nil),
        ("USD 3450000", "USD 3,450,000"), ("USD  600,000", "USD 600,000"), ("USD 0600", "USD 600"),
        ("USD 49.25  million", "USD 49.25 million"), (" USD 1,000", "USD 1,000"), ("USD 1000", "USD 1,000"),
    ] as [(String, String?)])
    func amounts(text: String, canonical: String?) {
        #expect(Self.spelling(MoneyLiteral.parse(Self.bytes(text))) == .some(canonical))
    }

    @Test(arguments: [
        ("0", nil), ("999", nil), ("1,000", nil), ("1,250,000", nil),
        ("1000", "1,000"), ("01", "1"), ("00", "0"), ("0,001", "1"), (" 12", "12"),
    ] as [(String, String?)])
    func counts(text: String, canonical: String?) {
        #expect(Self.spelling(CountLiteral.parse(Self.bytes(text))) == .some(canonical))
    }

    @Test(arguments: [
        ("56%", nil), ("0%", nil), ("12.50%", nil), ("1000%", nil),
        ("056%", "56%"), ("1,000%", "1000%"), (" 5%", "5%"),
    ] as [(String, String?)])
    func percentages(text: String, canonical: String?) {
        #expect(Self.spelling(PercentLiteral.parse(Self.bytes(text))) == .some(canonical))
    }

    @Test(arguments: [
        ("1,200", nil), ("3.5", nil), ("62%", nil),
        ("1200", "1,200"), ("03.5", "3.5"), ("062%", "62%"), (" 62%", "62%"), ("62% ", "62%"),
    ] as [(String, String?)])
    func indicatorValues(text: String, canonical: String?) {
        #expect(Self.spelling(SimpleLiterals.indicatorValue(Self.bytes(text))) == .some(canonical))
    }
}
