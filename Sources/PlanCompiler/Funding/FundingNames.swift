import Foundation
import PlanModel

/// How names in funding records are compared with the plan's: case, accents, punctuation and
/// spacing are ignored (`Croix-Rouge du Tchad` = `CROIX ROUGE DU TCHAD`).
enum FundingNames {
    /// `text` folded to lower case without accents, every run of other characters than letters
    /// and digits one space, trimmed.
    static func key(_ text: String) -> String {
        asciiKey(text) ?? foldedKey(text)
    }

    /// ``key(_:)`` of a text of ASCII characters alone, from its bytes (`nil` for any other
    /// text): folding ASCII is lower-casing its letters, and its letters and digits are its only
    /// alphanumerics, so the key is the same as the one Foundation's folding gives, at a
    /// fraction of the cost (a plan's and a funding file's names are mostly ASCII).
    static func asciiKey(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                if pendingSpace, !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``key(_:)`` of any text, by Foundation's folding.
    static func foldedKey(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// `text` lower-cased with letters and digits only (header names: `Amount (USD)` is
    /// `amountusd`).
    static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }

    /// The forms of an organisation's name to look up: the name, and for `Name (ACRONYM)` (as
    /// FTS writes many) the name and the acronym alone.
    static func organisationKeys(_ text: String) -> [String] {
        var keys = [key(text)]
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            keys += [key(String(text[..<open])), key(String(inner))]
        }
        return keys.filter { !$0.isEmpty }
    }
}

/// Matches the names of funding records to the plan's partners, countries and sectors: IDs,
/// registry names, `Name (ACRONYM)`, and the plan's `funding:` mapping tables. Answers are
/// remembered, so that a name met in thousands of records is folded once.
struct FundingMatcher {
    private var organisations: [String: String] = [:]
    private var sectors: [String: String] = [:]
    private var countries: [String: String] = [:]
    private var partnerCache: [String: String?] = [:]
    private var sectorCache: [String: String?] = [:]
    private var countryCache: [String: String?] = [:]

    init(plan: Plan, settings: FundingSettings) {
        // Aliases first: an explicit mapping wins over a registry name that looks the same.
        for alias in settings.organisations { for name in alias.names { add(&organisations, name.value, alias.id.value) } }
        for partner in plan.partners {
            add(&organisations, partner.id, partner.id)
            add(&organisations, partner.name, partner.id)
        }
        for alias in settings.sectors { for name in alias.names { add(&sectors, name.value, alias.id.value) } }
        for sector in plan.sectors {
            add(&sectors, sector.id, sector.id)
            add(&sectors, sector.name, sector.id)
            for sub in sector.subsectors { add(&sectors, sub, sector.id) }
            for name in sector.subsectorNames.values { add(&sectors, name, sector.id) }
        }
        addCountries(plan)
    }

    /// A matcher of the plan's countries alone (what indicator results name), without the
    /// partner and sector names, which are many in a large plan and slow to fold.
    init(countriesOf plan: Plan) {
        addCountries(plan)
    }

    private mutating func addCountries(_ plan: Plan) {
        for country in plan.countries {
            add(&countries, country.code, country.code)
            add(&countries, country.name, country.code)
        }
        for place in plan.places { if case .country(let c) = place.place { add(&countries, place.name, c.code) } }
    }

    private func add(_ index: inout [String: String], _ name: String, _ id: String) {
        let k = FundingNames.key(name)
        if !k.isEmpty, index[k] == nil { index[k] = id }
    }

    /// The partner ID `name` stands for.
    mutating func partner(_ name: String) -> String? {
        Self.lookup(name, in: &partnerCache) { [organisations] in FundingNames.organisationKeys(name).lazy.compactMap { organisations[$0] }.first }
    }

    /// The sector ID `name` stands for.
    mutating func sector(_ name: String) -> String? {
        Self.lookup(name, in: &sectorCache) { [sectors] in sectors[FundingNames.key(name)] }
    }

    /// The plan country code `name` (a code or a name) stands for.
    mutating func country(_ name: String) -> String? {
        Self.lookup(name, in: &countryCache) { [countries] in countries[FundingNames.key(name)] }
    }

    private static func lookup(_ key: String, in cache: inout [String: String?], _ find: () -> String?) -> String? {
        if let known = cache[key] { return known }
        let found = find()
        cache[key] = found
        return found
    }

    /// Candidates for "did you mean": partner IDs and names.
    static func partnerNames(_ plan: Plan) -> [String] { plan.partners.flatMap { [$0.id, $0.name] } }
}
