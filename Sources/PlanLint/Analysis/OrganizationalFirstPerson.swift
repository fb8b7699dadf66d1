/// A quoted first person that speaks as an organization (`"We call on the generosity of our donors
/// to cover the most critical gaps," Castro added`, `« Nous avons dû réduire les rations »,
/// explique Christine Coudour`): its words name what only an organization has (donors, funding,
/// staff, partners, rations it hands out, operations), so the speaker is the agency's, even when
/// the sentence does not name the agency. A refugee's, a minister's or a government's first
/// person (the sentence names such a speaker) stays theirs, and so does testimony (`we fled`,
/// `our children`).
enum OrganizationalFirstPerson {
    /// Whether the quoted first-person unit `u` speaks as an organization.
    static func speaks(_ u: Int, in s: SentenceContext) -> Bool {
        // A speaker named as a refugee, a minister or a government outside the quotation.
        guard s.token(u).quoted, !s.units.indices.contains(where: { s.has($0, .speakerNoun) && !s.token($0).quoted }) else { return false }
        // The quoted words around it, up to ten before and seven after.
        let after = (u + 1..<min(u + 8, s.count)).prefix { s.token($0).quoted && !s.token($0).isSentenceEnd }
        let before = stride(from: u - 1, through: max(0, u - 10), by: -1).prefix { s.token($0).quoted && !s.token($0).isSentenceEnd }
        return (Array(before) + Array(after)).contains { s.has($0, [.partnersWord, .budgetNoun, .gapNoun]) || s.isWord($0, organizationWords) }
    }

    /// What only an organization speaks of in the first person: its donors, funding, rations,
    /// operations, programmes, staff and teams (not the trucks a driver loads).
    private static let organizationWords = Keys.of(["donors", "donor", "funding", "funds", "rations", "operations", "programmes", "programs",
                                                    "staff", "teams", "colleagues", "personnel", "équipes", "collègues", "equipos", "colegas", "工作人员",
                                                    "donateurs", "bailleurs", "financement", "financements", "fonds", "opérations",
                                                    "donantes", "financiación", "financiamiento", "fondos", "raciones", "operaciones", "programas",
                                                    "捐助方", "捐助者", "资金", "口粮", "行动"])
}
