/// A call on the reader to donate, with one agency named (`puedes hacer una donación a través de
/// la página web de Acnur`, `You can donate through the UNHCR website`, `Vous pouvez faire un don
/// sur le site du HCR`): a donation call in that agency's name, its funding. A donation call with
/// no agency or with several, and donations described rather than asked for, are left alone.
enum DonationCall {
    /// A funding finding from the donation word to the agency of group `g`, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard !g.isJoint, g.agencies.count == 1, s.units.indices.contains(where: { s.isWord($0, reader) }),
              let d = s.units.indices.first(where: { isDonation($0, in: s) }),
              !s.units.indices.contains(where: { s.isAgency($0) && s.agencyID($0) != s.agencyID(g.agencies[0]) }) else { return nil }
        let (first, last) = d < g.start ? (d, g.agencies[0]) : (g.start, d)
        return Finding(rule: .agencyFunding, first: s.units[first].first, end: s.units[last].end)
    }

    /// A donation word at `u`; French `don` and `dons` only in French (Spanish `don` is a title).
    private static func isDonation(_ u: Int, in s: SentenceContext) -> Bool {
        s.isWord(u, donations) || s.language == "fr" && s.isWord(u, frenchGifts) || s.language == "zh" && chinese.contains(s.hanziWord(u))
    }

    /// The reader addressed: `you`, `your`, `vous`, `votre`, `puedes`, `usted`, `你`, `您`.
    private static let reader = Keys.of(["you", "your", "vous", "votre", "vos", "puedes", "puede", "pueden", "usted", "ustedes", "tú", "tu", "你", "您", "您的"])
    private static let donations = Keys.of(["donate", "donating", "donation", "donations", "donación", "donaciones", "donar", "dona", "donativo", "donativos"])
    private static let frenchGifts = Keys.of(["don", "dons"])
    private static let chinese: Set<String> = ["捐款", "捐赠", "捐助", "捐"]
}
