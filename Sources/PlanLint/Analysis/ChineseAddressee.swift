/// In Chinese an agency right after another subject's appeal or request is its addressee:
/// `孟加拉国呼吁难民署向...提供食品` (Bangladesh calls on UNHCR to provide food) says what others ask
/// of the agency, as `Bangladesh urged UNHCR to provide food` does in English, which is read as the
/// object of `urged`. A causative (`迫使难民署削减口粮`: forced to cut) is the agency's act and is
/// read as before; the agency's own appeal opening the sentence (`难民署呼吁各国...`) is its voice.
enum ChineseAddressee {
    /// Verbs of asking that take the one asked as object (besides the advocacy class: `呼吁`, `敦促`).
    private static let requests: Set<String> = ["要求", "请求", "邀请", "吁请", "促请"]

    private static func isRequest(_ v: Int, in s: SentenceContext) -> Bool {
        s.has(v, .advocacy) || requests.contains(s.hanziWord(v))
    }

    /// Whether the agency group `g` is the object of another subject's appeal or request.
    static func isAddressee(_ g: AgencyGroup, in s: SentenceContext) -> Bool {
        guard s.language == "zh" else { return false }
        var v = g.start - 1
        // The acronym in brackets after the name (`国际红十字会(ICRC)`) is the same addressee: the
        // verb is the one before the name (at most twelve characters back, in the same clause).
        if v >= 1, s.token(v).isMark("(") || s.token(v).isMark("（") {
            var k = v - 1
            while k > 0, k > v - 12, !s.isComma(k), !isRequest(k, in: s) { k -= 1 }
            v = k
        }
        guard v >= 1, !s.has(v, .causative) else { return false }
        guard isRequest(v, in: s) else { return false }
        // Someone else asks: a word before the verb that is no agency, in the same clause.
        return !s.isAgency(v - 1) && !s.isComma(v - 1) && !s.has(v - 1, [.agencyReference, .agencyDescription])
    }
}
