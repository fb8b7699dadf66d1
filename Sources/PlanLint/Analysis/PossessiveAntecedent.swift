/// What a possessive that opens an agency's staff or mission (`its`, `son`, `sa`, `ses`, `su`,
/// `sus`) refers to: the agency only when it is the last actor named before it, earlier in its
/// sentence or in the sentence just before in the same paragraph (`Le HCR est présent au Cameroun.
/// Ses équipes mènent ...`, `IOM is present in Gao. Its teams are assisting`). The French and
/// Spanish possessives also mean his, her and their, and a government, a collective (`les
/// autorités`, `sus socios`) or an official named in between takes the reference in every language
/// (`Le HCR appuie le ministère. Ses équipes ...`, `UNHCR is present. The government opened a
/// centre. Its teams ...` are left alone).
enum PossessiveAntecedent {
    /// Who was named last before unit `end` of `units`.
    enum LastActor {
        case nobody
        case agency
        case other
    }

    /// Scans `units[..<end]` backwards for the last actor named: an agency's name, description or
    /// reference, or another actor (a collective noun, a government body, an official).
    static func lastActor(_ units: [Unit], before end: Int, tokens: [Token]) -> LastActor {
        var u = end - 1
        while u >= 0 {
            let unit = units[u]
            if unit.agency != nil || unit.has([.agencyDescription, .agencyReference]) { return .agency }
            let key = tokens[unit.first].key
            if unit.has(.collective) || unit.end - unit.first == 1 && (Keys.governmentBodies.contains(key) || Keys.agencyHeads.contains(key)) { return .other }
            u -= 1
        }
        return .nobody
    }

    /// Whether the possessive at unit `u` refers to the agency (see the type's description).
    static func refersToAgency(_ u: Int, in s: SentenceContext) -> Bool {
        switch lastActor(s.units, before: u, tokens: s.tokens) {
        case .agency: return true
        case .other: return false
        case .nobody: return lastActor(s.unitsBefore, before: s.unitsBefore.count, tokens: s.tokens) == .agency
        }
    }
}
