/// A Chinese partner joined to the agency by a comitative (`联同`, `连同`, `会同`, `与`, `同`, `和`)
/// and then `共同` (jointly), `一道` or `一起` (together) before the verb: `联合国难民署已联同总理办公室
/// 及其他救援组织，共同为难民提供紧急支援`. Chinese verbs do not agree with a plural subject; the
/// adverb of togetherness says the partners share the act, as a plural verb does in `le HCR et les
/// autorités locales s'efforcent`. The partner must be a government body or a collective
/// (`政府`, `办公室`, `其他救援组织`); without `共同` the agency acts with help (`联同其他组织，为难民提供`).
enum ChineseJointPartner {
    private static let comitatives: Set<String> = ["联同", "连同", "会同", "与", "同", "和", "跟"]
    private static let together: Set<String> = Set(["共同", "一道", "一起"].map(HanziFold.fold))
    /// Government bodies that the lexicon's collectives do not name.
    private static let bodies = ["办公室", "委员会", "政府", "当局", "部门", "总理", "总统"]

    /// Whether the clause after the agency at `p` (past auxiliaries and adverbs) opens with a
    /// comitative partner that then acts together with it.
    static func joins(from p: Int, in s: SentenceContext) -> Bool {
        guard s.language == "zh" else { return false }
        var q = p
        while q < s.count, q < p + 3, s.has(q, [.auxiliary, .transparent, .timeWord]), !isTogether(q, in: s) { q += 1 }
        guard q + 1 < s.count else { return false }
        let marker: Int
        if comitatives.contains(text(q, q, in: s)) { marker = q }
        else if comitatives.contains(text(q, q + 1, in: s)) { marker = q + 1 }
        else { return false }
        var partner = false
        var r = marker + 1
        while r < s.count, r < marker + 24, !s.token(r).isSentenceEnd {
            if s.isAgency(r) { return false }
            if isTogether(r, in: s) { return partner }
            if s.has(r, .collective) || bodies.contains(where: { text(r, min(r + 2, s.count - 1), in: s).hasPrefix($0) }) { partner = true }
            // The verb came before any `together`: the agency acts with the partner's help.
            // A verb right before a collective is its modifier (`救援组织`, relief organizations).
            if !s.isComma(r), s.has(r, WordClass.verbs), !s.has(r, [.transparent, .collective]), !s.has(r + 1, .collective) { return false }
            r += 1
        }
        return false
    }

    private static func isTogether(_ u: Int, in s: SentenceContext) -> Bool { together.contains(text(u, u, in: s)) }

    /// The folded text of units `first...last`.
    private static func text(_ first: Int, _ last: Int, in s: SentenceContext) -> String {
        HanziFold.fold(s.text(s.units[first].first, s.units[last].end))
    }
}
