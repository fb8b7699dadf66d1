/// The agency's efforts credited with what the sentence reports (`在联合国难民署工作人员努力下，所有物资
/// 已采购完毕`, `在难民署的努力之下`), as `thanks to the efforts of UNHCR` and `grâce aux efforts du HCR`
/// are: self-promotion. The frame is `在`, the agency (its staff, `的`), then `努力下` or `努力之下`;
/// the government's or the partners' efforts are not the agency's.
enum ChineseEffortsCredit {
    /// What closes the frame after `努力` (`下`, `之下`), folded.
    private static let under: Set<String> = Set(["下", "之下"].map(HanziFold.fold))
    private static let efforts = HanziFold.fold("努力")
    private static let at = HanziFold.fold("在")
    private static let of = HanziFold.fold("的")

    /// A self-promotion finding from `在` to the end of the frame, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language == "zh", g.agencies.count == 1, !g.isJoint, let b = g.before, s.hanziWord(b) == at else { return nil }
        var u = g.end
        // The agency's staff (`工作人员`) and `的` between the name and its efforts.
        while u < s.count, u < g.end + 3, s.has(u, .staffNoun) || s.hanziWord(u) == of { u += 1 }
        guard u < s.count else { return nil }
        let word = s.hanziWord(u)
        let end: Int
        if word == efforts, u + 1 < s.count, under.contains(s.hanziWord(u + 1)) {
            end = u + 1
        } else if word.hasPrefix(efforts), under.contains(String(word.dropFirst(efforts.count))) {
            end = u
        } else {
            return nil
        }
        return Finding(rule: .selfPromotion, first: s.units[b].first, end: s.units[end].end)
    }
}
