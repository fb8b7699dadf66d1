/// An English agency acronym joined to a participle by a hyphen (`a UNHCR-run transit camp`,
/// `IOM-managed sites`, `WFP-funded meals`): the agent of a passive written as one word, the
/// agency's act or its funding, as `a camp run by UNHCR` is. Support (`the UNICEF-supported
/// clinic`, `the UNICEF-supported programme of the Ministry`: a support role, labelled neutral in
/// the real-prose set) and a coordination role (`the UNHCR-led protection sector`) name no act
/// and are left alone, as are participles the list does not hold. The tokenizer keeps a word's inner hyphens, so the
/// acronym is not a mention of its own: the word is split here.
enum HyphenatedAgent {
    /// Participles of acts after the hyphen.
    static let acts = Keys.of(["run", "managed", "operated", "built", "constructed", "established", "provided",
                               "procured", "installed", "administered", "organized", "organised", "implemented", "distributed",
                               "delivered", "trained", "rehabilitated", "equipped", "staffed"])
    /// Participles of funding after the hyphen.
    static let funded = Keys.of(["funded", "financed", "sponsored", "donated"])

    /// Whether the word's bytes may be an acronym joined to a participle: an upper-case ASCII
    /// start, a hyphen, and an agency term before it (the sentence is then read, as one that
    /// names an agency is).
    static func mayStartWith(_ utf8: ArraySlice<UInt8>, agencies: AgencyTable) -> Bool {
        guard let first = utf8.first, first >= 0x41, first <= 0x5A, let hyphen = utf8.firstIndex(of: 0x2D), hyphen > utf8.startIndex else { return false }
        return agencyTerm(String(decoding: utf8[..<hyphen], as: UTF8.self), in: agencies) != nil
    }

    /// The agency term spelled `prefix` as one word (an acronym), unless a brand or ambiguous.
    private static func agencyTerm(_ prefix: String, in agencies: AgencyTable) -> AgencyTerm? {
        guard let term = agencies.candidates[prefix]?.first(where: { $0.keys.count == 1 }).map({ agencies.terms[Int($0.term)] }),
              !term.isBrand, term.ambiguity == nil else { return nil }
        return term
    }

    /// The findings of the sentence's hyphenated agents (English only).
    static func findings(in s: SentenceContext) -> [Finding] {
        guard s.language == "en" else { return [] }
        var out: [Finding] = []
        for u in 0..<s.count where s.units[u].end - s.units[u].first == 1 && s.token(u).kind == .word && s.units[u].agency == nil {
            let bytes = s.prose.utf8(s.token(u))
            guard let hyphen = bytes.firstIndex(of: 0x2D), hyphen > bytes.startIndex, hyphen + 1 < bytes.endIndex else { continue }
            let suffix = String(decoding: bytes[(hyphen + 1)...], as: UTF8.self)
            let key = TokenHash.hash(TokenHash.fold(suffix))
            let funding = funded.contains(key)
            guard funding || acts.contains(key) else { continue }
            guard agencyTerm(String(decoding: bytes[..<hyphen], as: UTF8.self), in: s.agencyTable) != nil else { continue }
            let unit = s.units[u]
            out.append(Finding(rule: funding ? .agencyFunding : .agencyAsActor, first: unit.first, end: unit.end))
        }
        return out
    }
}
