/// The plan itself as the object of a verb that makes it (`will continue to develop Regional
/// Refugee Response Plans`, `jointly launched the 2024 Refugee Response Plan`, `élaborera le plan
/// de réponse`, `presentó el Plan de Respuesta`, `制定难民应对计划`): a response plan is made by all
/// its partners under the coordinator, so preparing, launching or revising it is the coordination
/// role, not one agency's act. Implementing activities under the plan stays an act.
enum PlanObject {
    /// Whether verb `q` makes a plan named within twelve units of it, in its clause (`launched the
    /// second revision of the 2019-2020 Uganda Refugee Response Plan`).
    static func made(by q: Int, in s: SentenceContext) -> Bool {
        guard isMaking(q, in: s) else { return false }
        var r = q + 1
        // Chinese units are often single characters: a longer window.
        while r < s.count, r <= q + (s.language == "zh" ? 16 : 12) {
            let t = s.token(r)
            if t.isClauseEnd || t.isSentenceEnd || t.isComma { return false }
            if namesPlan(r, in: s) { return true }
            r += 1
        }
        return false
    }

    /// Whether the passive verb `v` makes a plan named before `marker` (the copula, or Chinese `由`)
    /// in its clause: `The 2024 Response Plan was developed by`, `本计划由难民署…制定`, where a plain
    /// `plan` counts (the sentence's subject is the plan its agent made).
    static func madeInPassive(verb v: Int, agentMarker marker: Int, in s: SentenceContext) -> Bool {
        guard isMaking(v, in: s) else { return false }
        var r = marker - 1
        while r >= 0, r >= marker - (s.language == "zh" ? 8 : 6) {
            let t = s.token(r)
            if t.isClauseEnd || t.isSentenceEnd || t.isComma { return false }
            if namesPlan(r, in: s) || s.isWord(r, plans) || s.language == "zh" && s.hanziWord(r).hasSuffix(chinesePlan) { return true }
            r -= 1
        }
        return false
    }

    private static func isMaking(_ q: Int, in s: SentenceContext) -> Bool {
        s.language == "zh" ? chineseMakingVerbs.contains(s.hanziWord(q)) : s.isWord(q, makingVerbs)
    }

    /// `Response Plan`, `RRP`, `plan de réponse`, `Plan de Respuesta`, `应对计划` at unit `r`.
    private static func namesPlan(_ r: Int, in s: SentenceContext) -> Bool {
        if s.isWord(r, acronyms) { return true }
        switch s.language {
        case "en": return s.isWord(r, plans) && s.isWord(r - 1, responses)
        case "fr", "es": return s.isWord(r, plans) && s.isWord(r + 1, Keys.de) && s.isWord(r + 2, responses)
        default:
            // The plan's name may span several units (`应对` `计划`, or one character each).
            let text = HanziFold.fold(s.text(s.units[max(0, r - 3)].first, s.units[r].end))
            return chinesePlans.contains { text.hasSuffix($0) }
        }
    }

    private static let makingVerbs = Keys.of(
        ["develop", "prepare", "launch", "present", "revise", "update", "draft", "finalize", "finalise", "publish", "elaborate"].flatMap(EnglishInflection.forms(of:))
            + ["élaborer", "préparer", "lancer", "présenter", "réviser", "actualiser", "finaliser", "publier"].flatMap { FrenchConjugation.forms(of: $0).map(\.0) }
            + ["elaborar", "preparar", "lanzar", "presentar", "revisar", "actualizar", "finalizar", "publicar"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) })
    private static let acronyms = Keys.of(["RRP", "RRPs", "RRRP", "RMRP", "3RP", "JRP", "PRR", "PRRR", "PRRM"])
    private static let plans = Keys.of(["plan", "plans", "planes"])
    private static let responses = Keys.of(["response", "réponse", "respuesta", "intervention"])
    private static let chinesePlans = ["应对计划", "响应计划", "应急计划", "应对方案"].map(HanziFold.fold)
    private static let chinesePlan = HanziFold.fold("计划")
    private static let chineseMakingVerbs: Set<String> = Set(["制定", "编制", "发起", "启动", "发布", "推出", "修订", "更新"].map(HanziFold.fold))
}
