/// An agency that suffers funding cuts states its own budget: a victim noun after a copula or a
/// verb of suffering, with a funding gap or cut in its clause (`L'agence onusienne est victime des
/// coupes budgétaires`, `WFP is the victim of funding cuts`, `El PMA es víctima de los recortes`,
/// `Le PAM subit des coupes budgétaires`, `WFP suffers from funding cuts`, `难民署遭受资金削减`), or
/// faces them (`UNHCR is faced with a funding gap`, `le HCR est confronté au sous-financement`).
/// Refugees who are victims of violence, or cuts suffered by someone else, are read as before.
enum SufferedCuts {
    /// `victim`, `victime`, `víctima` (and plurals).
    static let victimNouns = Keys.of(["victim", "victims", "victime", "victimes", "víctima", "víctimas"])
    /// Every form of `suffer`, `face`, `confront`, `subir`, `confronter`, `sufrir`, `enfrentar`,
    /// generated from the lemmas: `is faced with a funding gap`, `est confronté au sous-financement`.
    static let sufferVerbs = Keys.of(["suffer", "face", "confront"].flatMap(EnglishInflection.forms(of:))
                                     + ["subir", "confronter"].flatMap { FrenchConjugation.forms(of: $0).map(\.0) }
                                     + ["sufrir", "enfrentar"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) })
    private static let chineseSuffer: Set<String> = ["遭受", "受到"]

    /// A funding finding from the agency to the gap noun, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        // A gap noun soon after the agency, by its class bit, before anything else is read.
        guard (g.end..<min(g.end + 16, s.count)).contains(where: { s.has($0, .gapNoun) }) else { return nil }
        guard !g.isJoint, g.agencies.count == 1, !g.isObject(in: s) else { return nil }
        var q = Predicate.skipTransparent(from: Predicate.skipAppositions(from: g.end, in: s), in: s)
        var steps = 0
        // Auxiliaries and copulas (`est`, `a été`, `is the`, `has been`, `es`, `ha sido`), articles.
        while q < s.count, steps < 4, s.has(q, [.auxiliary, .copula, .determiner]) || s.isWord(q, Keys.articles) {
            q = Predicate.skipTransparent(from: q + 1, in: s)
            steps += 1
        }
        guard q < s.count else { return nil }
        if s.language == "zh" {
            // Characters the lexicon does not hold are units of their own (`遭`, `受`).
            let two = HanziFold.fold(s.text(s.units[q].first, s.units[min(q + 1, s.count - 1)].end))
            guard chineseSuffer.contains(where: { two.hasPrefix($0) }) else { return nil }
        } else {
            guard s.isWord(q, victimNouns) && steps > 0 || s.isWord(q, sufferVerbs) else { return nil }
        }
        var r = q + 1
        while r < s.count, r < q + 12, !s.token(r).isSentenceEnd, !s.isComma(r) {
            if s.has(r, .gapNoun), !s.isAgency(r - 1) { return Finding(rule: .agencyFunding, first: s.units[g.start].first, end: s.units[r].end) }
            if s.has(r, .verbForm), !s.has(r, [.participle, .infinitive]) { return nil }
            r += 1
        }
        return nil
    }
}
