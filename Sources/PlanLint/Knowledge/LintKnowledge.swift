import Foundation
import PlanModel

/// The linter's knowledge as shipped in `Resources/`: agency names, word classes per language
/// and the heading vocabulary. Each file carries a `version`; everything is data.
struct LintKnowledge: Sendable {
    struct AgencyFile: Sendable {
        var version: Int
        var agencies: [AgencyRecord]
        /// Spellings writers use for a built-in name's words (`Organisation` for `Organization`,
        /// `High Commission` for `High Commissioner`): each pair's second form is also matched
        /// where a built-in full name holds the first (`AgencyNameSpelling`).
        var spellings: [[String]] = []
    }

    struct AgencyRecord: Sendable {
        var id: String
        var terms: [String]
        var ambiguity: String?
        /// Words near an ambiguous acronym that show its other sense (the country DRC).
        var countryContext: [String]?
        /// Words just before an ambiguous acronym that show its other sense (`in the DRC`).
        var countryBefore: [String]?
        /// The names of the agency's heads (`Filippo Grandi`, `格兰迪`): a head named as a person
        /// speaks and acts for the agency, as its title does.
        var heads: [String]? = nil
    }

    struct PatternFile: Sendable {
        var version: Int
        var languages: [String: LanguagePatterns]
    }

    struct LanguagePatterns: Sendable {
        var nounEndings: [String]
        var classes: [String: ClassPatterns]
    }

    struct ClassPatterns: Sendable {
        var words: [String]?
        var verbs: [String]?
        var stems: [String]?
        var suffixes: [String]?
    }

    /// `verbs.json`: verb lemmas by meaning class, per language.
    struct VerbFile: Sendable {
        var version: Int
        var languages: [String: VerbLanguage]
    }

    struct VerbLanguage: Sendable {
        var classes: [String: [String]]
        /// English irregular verbs: third person, past, past participle, `-ing`.
        var irregular: [String: [String]]?
    }

    /// `brands.json`: agency brands, programmes and tools that promote one agency.
    struct BrandFile: Sendable {
        var version: Int
        var brands: [String]
    }

    /// `hanzi.json`: traditional Chinese characters and the simplified character each is folded to.
    struct HanziFile: Sendable {
        var version: Int
        /// Pairs of one simplified and one or more traditional characters (`"难難"`).
        var pairs: [String]
    }

    struct SectionFile: Sendable {
        var version: Int
        var kinds: [SectionRecord]
    }

    struct SectionRecord: Sendable {
        var kind: String
        var words: [String]
    }

    var agencies: AgencyFile
    var patterns: PatternFile
    var sections: SectionFile
    var verbs: VerbFile
    var brands: BrandFile
    var hanzi: HanziFile

    /// Loaded once from the module bundle with the project's JSON reader (``JSONDocument``:
    /// Foundation's `JSONDecoder` spent about a thousand instructions a byte on these files, a
    /// tenth of a large plan's lint); a missing or broken resource is a packaging bug.
    static let shipped: LintKnowledge = {
        func load(_ name: String) -> ResourceNode {
            guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "json"),
                let data = try? Data(contentsOf: url)
            else { fatalError("PlanLint resource \(name).json is missing from the bundle") }
            switch JSONDocument.parse([UInt8](data)) {
            case .success(let root): return ResourceNode(node: root, file: name)
            case .failure(let error): fatalError("PlanLint resource \(name).json is invalid at byte \(error.offset): \(error.message)")
            }
        }
        let agencies = load("agencies"), patterns = load("patterns"), sections = load("sections")
        let verbs = load("verbs"), brands = load("brands"), hanzi = load("hanzi")
        return LintKnowledge(
            agencies: AgencyFile(version: agencies["version"].int, agencies: agencies["agencies"].items.map {
                AgencyRecord(id: $0["id"].string, terms: $0["terms"].strings, ambiguity: $0.optional("ambiguity")?.string,
                             countryContext: $0.optional("countryContext")?.strings, countryBefore: $0.optional("countryBefore")?.strings,
                             heads: $0.optional("heads")?.strings)
            }, spellings: agencies.optional("spellings")?.items.map(\.strings) ?? []),
            patterns: PatternFile(version: patterns["version"].int, languages: patterns["languages"].members {
                LanguagePatterns(nounEndings: $0["nounEndings"].strings, classes: $0["classes"].members {
                    ClassPatterns(words: $0.optional("words")?.strings, verbs: $0.optional("verbs")?.strings,
                                  stems: $0.optional("stems")?.strings, suffixes: $0.optional("suffixes")?.strings)
                })
            }),
            sections: SectionFile(version: sections["version"].int, kinds: sections["kinds"].items.map {
                SectionRecord(kind: $0["kind"].string, words: $0["words"].strings)
            }),
            verbs: VerbFile(version: verbs["version"].int, languages: verbs["languages"].members {
                VerbLanguage(classes: $0["classes"].members(\.strings), irregular: $0.optional("irregular")?.members(\.strings))
            }),
            brands: BrandFile(version: brands["version"].int, brands: brands["brands"].strings),
            hanzi: HanziFile(version: hanzi["version"].int, pairs: hanzi["pairs"].strings)
        )
    }()

    /// `agencies.json version / patterns.json version / ...`.
    var versionString: String {
        "agencies \(agencies.version), patterns \(patterns.version), sections \(sections.version), verbs \(verbs.version), brands \(brands.version), hanzi \(hanzi.version)"
    }
}

/// A value of a shipped knowledge file, read where the file's schema says it is: a value of
/// another shape is a packaging bug, stopped with the file and the member's byte offset.
private struct ResourceNode {
    var node: JSONNode
    var file: String

    /// The member `key`, which the schema requires.
    subscript(key: String) -> ResourceNode {
        guard let member = node[key] else { fail("has no member \"\(key)\"") }
        return ResourceNode(node: member, file: file)
    }

    /// The member `key` when it is written and not `null`.
    func optional(_ key: String) -> ResourceNode? {
        guard let member = node[key] else { return nil }
        if case .null = member.value { return nil }
        return ResourceNode(node: member, file: file)
    }

    var string: String {
        guard case .string(let text) = node.value else { fail("is not a string") }
        return text
    }

    var int: Int {
        guard case .number(let text) = node.value, let value = Int(text) else { fail("is not an integer") }
        return value
    }

    var items: [ResourceNode] {
        guard case .array(let items) = node.value else { fail("is not an array") }
        return items.map { ResourceNode(node: $0, file: file) }
    }

    var strings: [String] { items.map(\.string) }

    /// An object's members, each read by `read` (the first of a name written twice wins).
    func members<T>(_ read: (ResourceNode) -> T) -> [String: T] {
        guard case .object(let members) = node.value else { fail("is not an object") }
        var out: [String: T] = [:]
        for (key, value) in members where out[key] == nil { out[key] = read(ResourceNode(node: value, file: file)) }
        return out
    }

    private func fail(_ problem: String) -> Never {
        fatalError("PlanLint resource \(file).json: the value at byte \(node.start) \(problem)")
    }
}
