import Testing
@testable import PlanLint

/// The reading steps added for the tenth round's general causes (docs/lint.md, "Tenth round"),
/// each with constructed sentences it flags and sentences it leaves alone (hard negatives).
struct TenthRoundReadingTests: SentenceReading {
    /// A country office between the agency and its staff (`IOM Libya staff provided`): the staff
    /// act, as after the agency alone.
    @Test func countryOfficeStaff() {
        #expect(flagged("Before departure, IOM Libya staff provided clothes and hygiene kits.", "en"))
        #expect(flagged("UNHCR Syria staff distributed blankets in Homs.", "en"))
        #expect(flagged("WFP Kenya teams will deliver food to the camps.", "en"))
        // A national Red Cross or Red Crescent society is one of the response's organizations, not
        // a national authority (agencies.json, since the forty-fourth round).
        #expect(flagged("Kenya Red Cross staff distributed blankets in the camps.", "en"))
        // Hard negatives: a national body's staff, and staff provided by the agency to someone else.
        #expect(!flagged("The Libya coast guard staff provided clothes and hygiene kits.", "en"))
        #expect(!flagged("The county health office staff distributed blankets in the camps.", "en"))
    }

    /// Present somewhere for a purpose (`est présent à l'aéroport pour accueillir`, `are present at
    /// the airport to receive`, `está presente ... para recibir`): the purpose is the agency's act.
    @Test func presentForAPurpose() {
        #expect(flagged("Le personnel de l'OIM est présent à l'aéroport pour accueillir les rapatriés.", "fr"))
        #expect(flagged("IOM staff are present at the airport to receive the returnees.", "en"))
        #expect(flagged("El personal de la OIM está presente en el aeropuerto para recibir a los retornados.", "es"))
        #expect(flagged("L'UNICEF est présent dans les camps pour distribuer des kits scolaires.", "fr"))
        // Hard negatives: presence alone, and a ministry's staff.
        #expect(!flagged("Le HCR est présent dans 130 pays.", "fr"))
        #expect(!flagged("UNHCR is present in 130 countries.", "en"))
        #expect(!flagged("Le personnel du ministère est présent à l'aéroport pour accueillir les rapatriés.", "fr"))
        #expect(!flagged("The ministry staff are present at the airport to receive the returnees.", "en"))
        #expect(!flagged("El personal del ministerio está presente en el aeropuerto para recibir a los retornados.", "es"))
    }

    /// A comma-enclosed phrase that opens a reported clause (`añadió que, en coordinación con ...,
    /// ha colocado`), and the emphatic `sí` before a Spanish verb.
    @Test func reportedClausesAndEmphasis() {
        #expect(flagged("Unicef añadió que, en coordinación con las autoridades locales, ha colocado sistemas de agua potable.", "es"))
        #expect(flagged("El ACNUR informó que, junto con sus socios, distribuirá mantas en el norte.", "es"))
        #expect(flagged("UNICEF added that, in coordination with the local authorities, it has installed water systems.", "en"))
        #expect(flagged("El PMA sí mantendrá las transferencias de dinero a los refugiados.", "es"))
        // Hard negatives: a ministry's reported clause, a reported clause about the situation, a
        // government that keeps its transfers.
        #expect(!flagged("El ministerio añadió que, en coordinación con las autoridades locales, ha colocado sistemas de agua potable.", "es"))
        #expect(!flagged("Unicef añadió que, según sus datos, 300.000 niños necesitan ayuda.", "es"))
        #expect(!flagged("El gobierno sí mantendrá las transferencias de dinero a los refugiados.", "es"))
    }

    /// Relying on donations is the agency's funding (`依靠各方捐助来维持运转`, `dépend des
    /// contributions volontaires`, `depende de las contribuciones`).
    @Test func relyingOnDonations() {
        #expect(flagged("联合国难民署主要依靠各方捐助来维持运转。", "zh"))
        #expect(flagged("联合国儿童基金会依赖各国的自愿捐款。", "zh"))
        #expect(flagged("Le HCR dépend des contributions volontaires des donateurs.", "fr"))
        #expect(flagged("El ACNUR depende de las contribuciones voluntarias de los donantes.", "es"))
        #expect(flagged("UNHCR relies on voluntary contributions from donors to keep running.", "en"))
        // Hard negatives: refugee families who rely on aid.
        #expect(!flagged("许多难民家庭依靠各方捐助来维持生活。", "zh"))
        #expect(!flagged("Les familles dépendent de l'aide humanitaire.", "fr"))
        #expect(!flagged("Las familias dependen de la ayuda humanitaria.", "es"))
    }

    /// Giving partners statistics, informing them, sharing information: an information-sharing
    /// role in coordination sections (`a donné aux participants des statistiques`).
    @Test func informationSharing() {
        #expect(!flagged("Le Représentant du HCR a donné aux participants des statistiques à jour et a informé les partenaires de la situation.", "fr", section: "Coordination"))
        #expect(!flagged("The UNHCR Representative gave the participants updated statistics and informed the partners of the situation.", "en", section: "Coordination"))
        #expect(!flagged("El Representante del ACNUR proporcionó a los participantes datos actualizados.", "es", section: "Coordination"))
        // Triggering: giving goods rather than information is the agency's act.
        #expect(flagged("Le HCR a donné aux familles des couvertures et des bâches.", "fr", section: "Coordination"))
        #expect(flagged("UNHCR gave the families blankets and tarpaulins.", "en", section: "Coordination"))
        #expect(flagged("El ACNUR proporcionó a las familias mantas y lonas.", "es", section: "Coordination"))
    }

    /// Chinese: the agency's tracking system as the subject of `识别` (identify) is a data source;
    /// the agency joined with a counted collective (`和逾40个人道组织`) makes a joint appeal.
    @Test func chineseDataSourcesAndCountedCollectives() {
        #expect(!flagged("国际移民组织的移民跟踪系统已经识别了43万多名生活在利比亚的移民。", "zh"))
        #expect(!flagged("聯合國難民署和逾40個人道組織於週四呼籲各界踴躍捐款。", "zh"))
        #expect(!flagged("联合国难民署和40多个人道组织呼吁各界踊跃捐款。", "zh"))
        // Triggering: the agency's system that acts, and the agency appealing alone.
        #expect(flagged("国际移民组织的移民跟踪系统将为合作伙伴提供培训。", "zh"))
        #expect(flagged("联合国难民署呼吁各界踊跃捐款。", "zh"))
        #expect(flagged("国际移民组织已经识别并登记了4000名移民，并将为他们提供住所。", "zh"))
    }
}
