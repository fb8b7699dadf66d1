import PlanDiagnostics

/// Why a written value is not a valid literal: the rule it breaks, the exact bytes at fault
/// (file offsets) and, when the repair is mechanical, the replacement text.
struct LiteralFailure: Sendable, Hashable, Error {
    var rule: Rule
    var start: Int
    var end: Int
    var summary: String
    /// Replace `start..<end` (file offsets) with `text`.
    var replacement: Replacement?
    var fixMessage: String?

    struct Replacement: Sendable, Hashable {
        var start: Int
        var end: Int
        var text: String
    }

    init(_ rule: Rule, _ start: Int, _ end: Int, _ summary: String, replace: Replacement? = nil, fixMessage: String? = nil) {
        self.rule = rule
        self.start = start
        self.end = max(end, start)
        self.summary = summary
        self.replacement = replace
        self.fixMessage = fixMessage
    }
}

/// The result of reading a literal: its value with its canonical spelling, or what is wrong.
/// The spelling is `nil` when the bytes given to the parser already are the canonical spelling:
/// nothing to rewrite, so no text is made for it (only `rrp fmt` and lists need one).
enum Parsed<Value> {
    case value(Value, canonical: String?)
    case failure(LiteralFailure)
}

/// The written bytes of a value. Indices are file offsets, so a failure points at the exact
/// column without any arithmetic.
typealias LiteralBytes = ArraySlice<UInt8>

extension ArraySlice where Element == UInt8 {
    /// The bytes without leading and trailing spaces.
    var trimmed: ArraySlice<UInt8> {
        var s = self
        while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
        while let l = s.last, l == 0x20 || l == 0x09 { s = s.dropLast() }
        return s
    }

    /// The bytes as text.
    var text: String { String(decoding: self, as: UTF8.self) }

    /// Whether every byte is an ASCII digit.
    var isDigits: Bool { !isEmpty && allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}

extension Parsed {
    /// Runs `body`; a thrown failure becomes `.failure`.
    init(_ body: () throws(LiteralFailure) -> (Value, String?)) {
        do {
            let (value, canonical) = try body()
            self = .value(value, canonical: canonical)
        } catch {
            self = .failure(error)
        }
    }
}
