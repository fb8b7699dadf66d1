/// One of the sixteen outcome areas of the lead agency's results framework (`OA1`...`OA16`).
/// Plans map their sectors and indicators to these codes.
public struct OutcomeArea: Sendable, Hashable, Codable {
    /// `OA1`...`OA16`.
    public var code: String
    /// English name.
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// The sixteen outcome areas, in order.
    public static let all: [OutcomeArea] = [
        "Access to territory, registration and documentation", "Status determination", "Protection policy and law",
        "Gender-based violence", "Child protection", "Safety and access to justice",
        "Community engagement and women's empowerment", "Well-being and basic needs", "Sustainable housing and settlements",
        "Healthy lives", "Education", "Clean water, sanitation and hygiene",
        "Self-reliance, economic inclusion and livelihoods", "Voluntary repatriation and sustainable reintegration",
        "Resettlement and complementary pathways", "Local integration and other local solutions",
    ].enumerated().map { OutcomeArea(code: "OA\($0.offset + 1)", name: $0.element) }

    /// The outcome area with this code (`OA4`), if it is one of the sixteen.
    public static func named(_ code: String) -> OutcomeArea? { all.first { $0.code == code } }
}
