import Foundation

/// The linter's knowledge as shipped in `Resources/`: agency names, word classes per language
/// and the heading vocabulary. Each file carries a `version`; everything is data.
struct LintKnowledge: Sendable {
    struct AgencyFile: Decodable, Sendable {
        var version: Int
        var agencies: [AgencyRecord]
    }

    struct AgencyRecord: Decodable, Sendable {
        var id: String
        var terms: [String]
        var ambiguity: String?
        /// Words near an ambiguous acronym that show its other sense (the country DRC).
        var countryContext: [String]?
        /// Words just before an ambiguous acronym that show its other sense (`in the DRC`).
        var countryBefore: [String]?
    }

    struct PatternFile: Decodable, Sendable {
        var version: Int
        var languages: [String: LanguagePatterns]
    }

    struct LanguagePatterns: Decodable, Sendable {
        var nounEndings: [String]
        var classes: [String: ClassPatterns]
    }

    struct ClassPatterns: Decodable, Sendable {
        var words: [String]?
        var verbs: [String]?
        var stems: [String]?
        var suffixes: [String]?
    }

    struct SectionFile: Decodable, Sendable {
        var version: Int
        var kinds: [SectionRecord]
    }

    struct SectionRecord: Decodable, Sendable {
        var kind: String
        var words: [String]
    }

    var agencies: AgencyFile
    var patterns: PatternFile
    var sections: SectionFile

    /// Loaded once from the module bundle; a missing or broken resource is a packaging bug.
    static let shipped: LintKnowledge = {
        func load<T: Decodable>(_ name: String, as type: T.Type) -> T {
            guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "json"),
                let data = try? Data(contentsOf: url)
            else { fatalError("PlanLint resource \(name).json is missing from the bundle") }
            do { return try JSONDecoder().decode(T.self, from: data) } catch {
                fatalError("PlanLint resource \(name).json is invalid: \(error)")
            }
        }
        return LintKnowledge(
            agencies: load("agencies", as: AgencyFile.self),
            patterns: load("patterns", as: PatternFile.self),
            sections: load("sections", as: SectionFile.self)
        )
    }()

    /// `agencies.json version / patterns.json version / sections.json version`.
    var versionString: String {
        "agencies \(agencies.version), patterns \(patterns.version), sections \(sections.version)"
    }
}
