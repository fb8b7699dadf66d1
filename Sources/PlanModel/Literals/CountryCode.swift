/// An ISO 3166-1 alpha-3 country code (`TCD`). Validation against the built-in list happens in
/// the syntax stage (see ``ISO3166``).
public struct CountryCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var code: String

    public init(_ code: String) {
        self.code = code
    }

    /// The English short name from the built-in list, or the code itself.
    public var name: String { ISO3166.name(of: code) ?? code }

    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.code < rhs.code }

    public var description: String { code }
}
