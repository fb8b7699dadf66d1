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

    /// `verbs.json`: verb lemmas by meaning class, per language.
    struct VerbFile: Decodable, Sendable {
        var version: Int
        var languages: [String: VerbLanguage]
    }

    struct VerbLanguage: Decodable, Sendable {
        var classes: [String: [String]]
        /// English irregular verbs: third person, past, past participle, `-ing`.
        var irregular: [String: [String]]?
    }

    /// `brands.json`: agency brands, programmes and tools that promote one agency.
    struct BrandFile: Decodable, Sendable {
        var version: Int
        var brands: [String]
    }

    /// `hanzi.json`: traditional Chinese characters and the simplified character each is folded to.
    struct HanziFile: Decodable, Sendable {
        var version: Int
        /// Pairs of one simplified and one or more traditional characters (`"难難"`).
        var pairs: [String]
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
    var verbs: VerbFile
    var brands: BrandFile
    var hanzi: HanziFile

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
            sections: load("sections", as: SectionFile.self),
            verbs: load("verbs", as: VerbFile.self),
            brands: load("brands", as: BrandFile.self),
            hanzi: load("hanzi", as: HanziFile.self)
        )
    }()

    /// `agencies.json version / patterns.json version / ...`.
    var versionString: String {
        "agencies \(agencies.version), patterns \(patterns.version), sections \(sections.version), verbs \(verbs.version), brands \(brands.version), hanzi \(hanzi.version)"
    }
}
