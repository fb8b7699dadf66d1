/// The agency's responsibility stated as what it is there for (`聯合國難民署負責指導和協調全球行動、
/// 保護難民`, `UNHCR is responsible for protecting refugees`, `Le HCR est responsable de la
/// protection`, `El ACNUR es responsable de proteger`) describes a mandate, as `is mandated to` and
/// `est chargé de` do, in a situation or coordination section. In a strategy section it says who
/// will do what, and the act is read as before.
enum ResponsibilityMandate {
    static let responsible = Keys.of(["responsible", "responsable", "responsables"])
    private static let phrases = ["responsible for", "responsable de", "in charge of"]
    /// `for` (English), `de` (French and Spanish) after `responsible`.
    static let forWords = Keys.of(["for", "de", "d'", "du", "des", "del"])

    /// Whether the clause after the agency at `p` states its responsibility, in a section that
    /// describes the situation or the coordination.
    static func states(from p: Int, in s: SentenceContext) -> Bool {
        guard s.section == .situation || s.section == .coordination else { return false }
        var q = Predicate.skipTransparent(from: Predicate.skipAppositions(from: p, in: s), in: s)
        if s.language == "zh" {
            guard q + 1 < s.count else { return false }
            // `负责人` (the head of an office) is a title, not a responsibility.
            let two = HanziFold.fold(s.text(s.units[q].first, s.units[q + 1].end))
            if s.hanziWord(q) == "负责" { return !s.text(q + 1).hasPrefix("人") }
            return two == "负责" && q + 2 < s.count && !s.text(q + 2).hasPrefix("人")
        }
        // The lexicon's phrases (`is responsible for`, `est responsable de`, `es responsable de`,
        // `is in charge of`) are one unit each.
        if q < s.count, s.units[q].end - s.units[q].first > 2 {
            let phrase = s.text(s.units[q].first, s.units[q].end).lowercased()
            if phrases.contains(where: { phrase.hasSuffix($0) }) { return true }
        }
        var steps = 0
        while q < s.count, steps < 3, s.has(q, [.auxiliary, .copula]) {
            q = Predicate.skipTransparent(from: q + 1, in: s)
            steps += 1
        }
        return steps > 0 && s.isWord(q, responsible) && s.isWord(q + 1, forWords)
    }
}
