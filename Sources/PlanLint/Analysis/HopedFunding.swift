/// An agency's hope that others fund it (`espera que sus donantes puedan financiar los 1.440
/// millones de dólares que necesita`, `hopes its donors can fund the $1.4 billion it needs`,
/// `espère que ses donateurs pourront financer`, `希望有关捐助资金能尽快到位`): with money in what it
/// hopes for, the hope is an appeal in its own name. Without money it is left to the other
/// readings (`hopes to return 10,000 refugees` is an act).
enum HopedFunding {
    /// Every form of `hope`, `espérer` and `esperar`, generated from the lemmas.
    static let hopeVerbs = Keys.of(EnglishInflection.forms(of: "hope") + FrenchConjugation.forms(of: "espérer").map(\.0)
                                   + SpanishConjugation.forms(of: "esperar").map(\.0))
    /// Chinese verbs of hoping.
    static let chineseHopeVerbs: Set<String> = Set(["希望", "期望", "盼望", "期待"].map(HanziFold.fold))

    /// A funding predicate at the hope verb at unit `v`, when money follows it in the sentence.
    static func read(at v: Int, in s: SentenceContext) -> Predicate? {
        guard v < s.count else { return nil }
        var last = v
        if s.language == "zh" {
            if !chineseHopeVerbs.contains(s.hanziWord(v)) {
                guard v + 1 < s.count, chineseHopeVerbs.contains(HanziFold.fold(s.text(s.units[v].first, s.units[v + 1].end))) else { return nil }
                last = v + 1
            }
        } else if !s.isWord(v, hopeVerbs) {
            return nil
        }
        guard (last + 1..<s.count).contains(where: { s.isMoney($0) }) else { return nil }
        return .funding(verb: v)
    }
}
