/// Chinese donations given to the agency after the verb (`捐款予联合国儿童基金会`, `捐款给难民署`,
/// `捐款支持联合国难民署`): money in the agency's name, as `向难民署捐款` is
/// (``PossessiveReader/fundingFor(_:preposition:in:)``, where the agency comes first).
enum ChineseGiftTo {
    /// What joins the gift to its receiver: `予`, `给`, `支持`, `资助`.
    private static let toReceiver: Set<String> = Set(["予", "给", "支持", "资助", "帮助"].map(HanziFold.fold))

    /// A funding finding from the gift to the agency, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language == "zh", g.start >= 2, toReceiver.contains(s.hanziWord(g.start - 1)) else { return nil }
        // The gift right before the joining word, or one word before it (`踊跃捐款支持`).
        guard let gift = [g.start - 2, g.start - 3].first(where: { $0 >= 0 && Keys.chineseGiftWords.contains(s.hanziWord($0)) }) else { return nil }
        return Finding(rule: .agencyFunding, first: s.units[gift].first, end: s.units[g.agencies[0]].end)
    }
}
