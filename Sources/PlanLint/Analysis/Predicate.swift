/// What the words after an agency say it does.
enum Predicate: Equatable {
    /// No verb the rules know (the agency is a modifier: `UNHCR Representative`, `WFP trucks`).
    case none
    /// A coordination role: leads, co-chairs, convenes, serves as.
    case coordination
    /// Support to others (`provides technical support`, `提供支持`): legitimate in coordination
    /// sections, agency-centred elsewhere.
    case support(verb: Int)
    /// Funding need (`requires`, `a besoin de`, `需要`) at unit `verb`.
    case funding(verb: Int)
    /// The agency acts: a future or an action verb at unit `verb`.
    case action(verb: Int)

    /// Reads the predicate that starts at unit `p` (right after the subject).
    static func read(from start: Int, in s: SentenceContext) -> Predicate {
        var p = skipAppositions(from: start, in: s)
        p = skipTransparent(from: p, in: s)
        if s.has(p, .staffNoun), !s.has(p, WordClass.verbs) {
            p = skipTransparent(from: p + 1, in: s)
        }
        guard p < s.count else { return .none }
        if s.language == "zh" { return readChinese(from: p, in: s) }
        if s.has(p, .inflectedFuture) { return classify(p, in: s) }
        if s.has(p, .future) {
            let v = skipTransparent(from: p + 1, in: s)
            if v < s.count, s.has(v, [.coordination, .support, .funding, .action]) { return classify(v, in: s) }
            return .action(verb: v < s.count && s.token(v).kind == .word ? v : p)
        }
        return classify(p, in: s)
    }

    private static func classify(_ v: Int, in s: SentenceContext) -> Predicate {
        if s.has(v, .coordination) { return .coordination }
        if s.has(v, .support) { return .support(verb: v) }
        if s.has(v, .funding) { return .funding(verb: v) }
        if s.has(v, .action) || s.has(v, .future) {
            if (v + 1..<min(v + 4, s.count)).contains(where: { s.has($0, .supportNoun) }) { return .support(verb: v) }
            return .action(verb: v)
        }
        return .none
    }

    /// Chinese: the verb may follow a prepositional phrase (`将为...提供`); the first verb in the
    /// clause decides, a future marker alone means action. `提供的` (provided by) is no predicate.
    private static func readChinese(from p: Int, in s: SentenceContext) -> Predicate {
        var sawFuture: Int?
        var v = p
        while v < s.count, v < p + 16, !s.token(v).isClauseEnd, !s.token(v).isMark(",") {
            if s.has(v, [.coordination, .support, .funding, .action]) {
                return s.has(v + 1, .possessive) ? .none : classify(v, in: s)
            }
            if s.has(v, .future), sawFuture == nil { sawFuture = v }
            v += 1
        }
        return sawFuture.map { .action(verb: $0) } ?? .none
    }

    static func skipTransparent(from start: Int, in s: SentenceContext) -> Int {
        var p = start
        while p < s.count {
            let t = s.token(p)
            let adverb = s.language == "en" && t.kind == .word && t.key == t.exactKey && t.byteCount > 4 && s.prose.hasFoldedSuffix(t, "ly")
            guard (s.has(p, .transparent) && !s.has(p, WordClass.verbs.subtracting(.future))) || adverb else { break }
            p += 1
        }
        return p
    }

    /// Skips `, as sector lead,` / `, the UN Migration Agency,` after a subject.
    static func skipAppositions(from start: Int, in s: SentenceContext) -> Int {
        guard s.isComma(start), s.has(start + 1, .apposition) else { return start }
        var p = start + 1
        while p < s.count, p < start + 14 {
            if s.isComma(p) { return p + 1 }
            if s.token(p).isClauseEnd || s.token(p).isSentenceEnd { return start }
            p += 1
        }
        return start
    }
}
