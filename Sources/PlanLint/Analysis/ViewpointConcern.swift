/// The agency's viewpoint that opens the sentence, followed by an alarm (`Para el ACNUR, el número
/// es alarmante`, `Pour le HCR, la situation est inacceptable`, `For UNHCR, the number is
/// alarming`, `对难民署而言，这一数字令人担忧`): its concern voiced, as `UNHCR is alarmed` is. The
/// viewpoint with a plain fact (`Para el ACNUR, la cifra asciende a 3.000`) is a source, and `Según`,
/// `according to` are attributions.
enum ViewpointConcern {
    /// Prepositions of a viewpoint (`para`, `pour`, `for`; Chinese `对`).
    private static let viewpoint = Keys.of(["para", "pour", "for"])
    /// Adjectives of alarm that voice concern when the agency is their viewpoint.
    private static let alarm = Keys.of(["alarming", "worrying", "unacceptable", "appalling", "concerning",
                                        "alarmant", "alarmante", "alarmantes", "préoccupant", "préoccupante", "inquiétant", "inquiétante", "inacceptable",
                                        "preocupante", "preocupantes", "inaceptable", "inaceptables", "inquietante"])
    private static let chineseViewpointEnds: Set<String> = Set(["而言", "来说"].map(HanziFold.fold))
    private static let chineseAlarm = ["令人担忧", "令人震惊", "令人担心", "令人不安", "不可接受", "令人关切"]

    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard let b = g.before, !g.isJoint, g.agencies.count == 1 else { return nil }
        if s.language == "zh" {
            guard b == 0, s.hanziWord(b) == HanziFold.fold("对"), g.end + 1 < s.count,
                  chineseViewpointEnds.contains(HanziFold.fold(s.text(s.units[g.end].first, s.units[g.end + 1].end))) else { return nil }
            let clause = clauseText(from: g.end + 2, in: s)
            guard chineseAlarm.contains(where: { clause.contains($0) }) else { return nil }
            return AgencyAnalyzer.finding(.agencyAdvocacy, g, through: g.end + 1, s, fix: nil)
        }
        // Only the sentence's opening phrase: the preposition first, an article at most before the agency.
        guard b == 0, s.isWord(b, viewpoint), s.isComma(g.end) else { return nil }
        var r = g.end + 1
        while r < s.count, r < g.end + 14, !s.token(r).isSentenceEnd, !s.token(r).isMark(";") {
            if s.isWord(r, alarm) { return AgencyAnalyzer.finding(.agencyAdvocacy, g, through: r, s, fix: nil) }
            r += 1
        }
        return nil
    }

    /// The text of the clause that starts at unit `p`, up to the next comma or the sentence's end.
    private static func clauseText(from p: Int, in s: SentenceContext) -> String {
        var q = p
        while q < s.count, !s.isComma(q), !s.token(q).isSentenceEnd { q += 1 }
        return q > p ? HanziFold.fold(s.text(s.units[p].first, s.units[q - 1].end)) : ""
    }
}
