import PlanModel

/// One agency the linter knows: built in, declared in the plan's partner registry, or added by
/// `lint: agencies:`.
struct AgencyTerm: Sendable, Hashable {
    enum Ambiguity: String, Sendable {
        /// Also a common word (`WHO`/`who`, `CARE`/`care`).
        case word
        /// Also a country (`DRC`).
        case country
    }

    var id: String
    var text: String
    var ambiguity: Ambiguity?
    /// True for a spelled-out name (not an acronym): it defines the acronym in the chapter.
    var isFullName: Bool
    /// A brand, programme or tool of an agency (`brands.json`, `lint: brands:`), not an agency.
    var isBrand = false
}

/// Agency names and acronyms keyed by their first token, matched case-sensitively as written
/// (Chinese names character by character), longest first.
///
/// Building it costs time in proportion to the terms: duplicates are found in a set, and each
/// first token's candidates are ordered once when the table is complete (thousands of partner
/// names share their first word).
struct AgencyTable: Sendable {
    private var byFirst: [String: [(keys: [String], term: Int32)]] = [:]
    /// The keys of every term, to add a term only once.
    private var known: Set<[String]> = []
    /// Every term; units refer to them by index.
    private(set) var terms: [AgencyTerm] = []
    /// Country context of ambiguous acronyms, by agency ID.
    private(set) var countryContext: [String: Set<String>] = [:]
    private(set) var countryBefore: [String: Set<String>] = [:]

    static let shipped = AgencyTable(LintKnowledge.shipped.agencies, brands: LintKnowledge.shipped.brands.brands)

    init(_ file: LintKnowledge.AgencyFile, brands: [String] = []) {
        let spelling = AgencyNameSpelling(file.spellings)
        for record in file.agencies {
            let ambiguity = record.ambiguity.flatMap(AgencyTerm.Ambiguity.init(rawValue:))
            for text in record.terms {
                let isName = Phrase.keys(of: text, folded: false).count > 1 || text.unicodeScalars.contains { Tokenizer.isHan($0) }
                add(AgencyTerm(id: record.id, text: text, ambiguity: isName ? nil : ambiguity, isFullName: isName))
                guard isName else { continue }
                addCapitalizations(of: text, id: record.id)
                for variant in spelling.variants(of: text) {
                    addIfNew(AgencyTerm(id: record.id, text: variant, ambiguity: nil, isFullName: true))
                    addCapitalizations(of: variant, id: record.id)
                }
            }
            // A head's name is no spelled-out name: it defines no acronym.
            for head in record.heads ?? [] { addIfNew(AgencyTerm(id: record.id, text: head, ambiguity: nil, isFullName: false)) }
            if let words = record.countryContext { countryContext[record.id] = Set(words) }
            if let words = record.countryBefore { countryBefore[record.id] = Set(words) }
        }
        for brand in brands { addIfNew(AgencyTerm(id: "brand", text: brand, ambiguity: nil, isFullName: false, isBrand: true)) }
        orderCandidates()
    }

    /// Adds the plan's partners (ID and name; government partners are not agencies), the plan's
    /// extra terms and its brands.
    func adding(partners: [PartnerDeclaration], terms: [String], brands: [String] = []) -> AgencyTable {
        var table = self
        for partner in partners where partner.type.value != .government {
            table.addIfNew(AgencyTerm(id: partner.id.value, text: partner.id.value, ambiguity: nil, isFullName: false))
            table.addIfNew(AgencyTerm(id: partner.id.value, text: partner.name.value, ambiguity: nil, isFullName: true))
            table.addCapitalizations(of: partner.name.value, id: partner.id.value)
        }
        for term in terms {
            table.addIfNew(AgencyTerm(id: term, text: term, ambiguity: nil, isFullName: false))
        }
        for brand in brands {
            table.addIfNew(AgencyTerm(id: "brand", text: brand, ambiguity: nil, isFullName: false, isBrand: true))
        }
        table.orderCandidates()
        return table
    }

    /// A full name as writers also capitalize it: every word capitalized (`Programme Alimentaire
    /// Mondial`, `Save The Children`) and every word but the function words (`Organisation
    /// Internationale pour les Migrations`). Names stay matched as written otherwise, so no
    /// lower-case variant is added (`save the children` is a phrase).
    private mutating func addCapitalizations(of name: String, id: String) {
        guard name.contains(" "), !name.unicodeScalars.contains(where: { Tokenizer.isHan($0) }) else { return }
        for keeping in [false, true] {
            let variant = AgencyNameCase.capitalized(name, keepingFunctionWords: keeping)
            if variant != name { addIfNew(AgencyTerm(id: id, text: variant, ambiguity: nil, isFullName: true)) }
        }
    }

    private mutating func addIfNew(_ term: AgencyTerm) {
        let keys = Phrase.keys(of: term.text, folded: false)
        guard !keys.isEmpty, !known.contains(keys) else { return }
        add(term, keys: keys)
    }

    private mutating func add(_ term: AgencyTerm, keys: [String]? = nil) {
        let keys = keys ?? Phrase.keys(of: term.text, folded: false)
        guard let first = keys.first else { return }
        terms.append(term)
        known.insert(keys)
        byFirst[first, default: []].append((keys, Int32(terms.count - 1)))
    }

    /// Each first token's candidates longest first, in the order they were added otherwise.
    private mutating func orderCandidates() {
        for first in byFirst.keys {
            byFirst[first]?.sort { $0.keys.count != $1.keys.count ? $0.keys.count > $1.keys.count : $0.term < $1.term }
        }
    }

    /// Names by their first token as written.
    var candidates: [String: [(keys: [String], term: Int32)]] { byFirst }
}
