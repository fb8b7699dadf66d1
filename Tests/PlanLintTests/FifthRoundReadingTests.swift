import Testing
@testable import PlanLint

/// The reading steps added for the fifth round's general causes (docs/lint.md, "Fifth round"),
/// each with constructed sentences it flags and sentences it leaves alone.
struct FifthRoundReadingTests: SentenceReading {
    /// Advocacy or concern as a verb and its noun: a verb the lexicon does not know with an
    /// advocacy or concern noun as its object (`renews its appeal`) is the agency's voice.
    @Test func advocacyAsAVerbAndANoun() {
        #expect(findings("WFP renews its appeal for safe passage for food convoys.", "en", section: "Situation analysis") == ["language.agency-advocacy"])
        #expect(findings("UNICEF repeats its urgent call for the release of detained children.", "en", section: "Situation analysis") == ["language.agency-advocacy"])
        #expect(findings("IOM has voiced grave concern over the rising number of deaths at sea.", "en", section: "Situation analysis") == ["language.agency-advocacy"])
        #expect(!flagged("The minister renews his appeal for calm.", "en", section: "Situation analysis"))
        // A funding verb without money coordinated later (`and seek refuge`) does not outrank it.
        #expect(findings("IOM has voiced alarm at the fighting, which has forced families to flee and seek refuge abroad.", "en", section: "Situation analysis") == ["language.agency-advocacy"])
        #expect(!flagged("The minister repeats her urgent call for calm.", "en", section: "Situation analysis"))
    }

    /// Concern adjectives (`inquiète`, `inquieto`, `worried`) after a copula, like participles.
    @Test func concernAdjectives() {
        #expect(findings("Le HCR est vivement inquiet de la hausse des expulsions.", "fr", section: "Situation analysis") == ["language.agency-advocacy"])
        #expect(findings("La OIM está muy inquieta por la suerte de los migrantes varados.", "es", section: "Situation analysis") == ["language.agency-advocacy"])
        #expect(!flagged("Le ministre est inquiet de la hausse des expulsions.", "fr", section: "Situation analysis"))
        #expect(!flagged("Las familias están inquietas por la suerte de los migrantes varados.", "es", section: "Situation analysis"))
    }

    /// Presence on the scene after a copula or `remain`: the agency at work there.
    @Test func presenceOnTheScene() {
        #expect(flagged("Despite the fighting, WFP remains on the ground.", "en"))
        #expect(flagged("L'UNICEF est à pied d'œuvre dans les camps du nord.", "fr"))
        #expect(flagged("El ACNUR está sobre el terreno desde el primer día.", "es"))
        #expect(!flagged("Despite the fighting, the clinic remains on the ground floor.", "en"))
        #expect(!flagged("Les équipes du ministère sont à pied d'œuvre dans les camps du nord.", "fr"))
        #expect(flagged("L'OIM est mobilisée dans la riposte contre l'épidémie.", "fr"))
        #expect(!flagged("Le HCR est mobilisé par le ministère pour un recensement.", "fr", section: "Situation analysis"))
        #expect(!flagged("Les volontaires sont mobilisés dans la riposte contre l'épidémie.", "fr"))
        // The agency's staff on the scene is no predicate of their own.
        #expect(!flagged("UNHCR staff on the ground reported that 300 people had crossed.", "en", section: "Situation analysis"))
    }

    /// The recent past (`vient de`, `acaba de`) takes an infinitive, known or not.
    @Test func recentPast() {
        #expect(flagged("Le PAM vient de débuter une distribution d'urgence dans la région.", "fr"))
        #expect(flagged("L'OIM vient d'entamer une campagne de vaccination.", "fr"))
        #expect(flagged("El PMA acaba de iniciar un reparto de alimentos en la región.", "es"))
        #expect(!flagged("Le gouvernement vient de débuter une campagne de vaccination.", "fr"))
        // Only an infinitive follows the marker (`vient de villages voisins` says where from).
        #expect(!flagged("L'équipe du PAM vient de villages voisins.", "fr", section: "Situation analysis"))
    }

    /// Multi-word adverbials between the subject and its verb or after it (`en moyenne`, `chaque
    /// année`, `on average`).
    @Test func multiWordAdverbials() {
        #expect(flagged("Le PAM, en moyenne, nourrit 300 000 personnes par mois dans la région.", "fr"))
        #expect(flagged("UNICEF each year vaccinates several million children in the region.", "en"))
        #expect(flagged("La OIM cada año traslada a miles de migrantes varados.", "es"))
        #expect(!flagged("Le ministère, en moyenne, nourrit 300 000 personnes par mois dans la région.", "fr"))
    }

    /// Reflexive causatives: `se verá obligado a reducir`, `se voit contraint de fermer`.
    @Test func reflexiveCausatives() {
        #expect(flagged("El ACNUR se verá obligado a cerrar dos albergues por falta de fondos.", "es", section: "Financial requirements"))
        #expect(flagged("La OIM se vio forzada a suspender los vuelos de retorno.", "es"))
        #expect(flagged("Le HCR se voit contraint de fermer trois centres d'accueil.", "fr"))
        #expect(!flagged("El gobierno se verá obligado a cerrar dos albergues por falta de fondos.", "es", section: "Financial requirements"))
        #expect(!flagged("El ACNUR se ve en la frontera con los ministros.", "es", section: "Coordination"))
        // A time phrase may open the reported clause (`que a partir de marzo se verá obligado`).
        #expect(flagged("El PMA anunció que a partir de marzo se verá obligado a reducir las raciones por falta de fondos.", "es", section: "Financial requirements"))
        #expect(!flagged("El PMA anunció que a partir de marzo el gobierno se verá obligado a reducir las raciones.", "es", section: "Situation analysis"))
    }

    /// Reporting verbs the lexicon did not hold (`admitir`, `reconocer`, `admit`, `承认`) open the
    /// agency's reported clause; data after them stays a source.
    @Test func moreReportingVerbs() {
        #expect(flagged("Unicef reconoció que está prestando asistencia a familias desplazadas en la frontera.", "es"))
        #expect(flagged("IOM admitted that it had suspended its boat patrols.", "en"))
        #expect(!flagged("Unicef reconoció que 300 niños han cruzado la frontera este mes.", "es", section: "Situation analysis"))
        #expect(!flagged("IOM admitted that 300 people had crossed the border.", "en", section: "Situation analysis"))
    }

    /// Chinese funding: `缺` with money, a date between the agency and `的`, a traditional-script
    /// variant of the full name.
    @Test func chineseFunding() {
        #expect(findings("世界粮食计划署今年还缺3亿美元。", "zh", section: "Financial requirements") == ["language.agency-funding"])
        #expect(!flagged("当地学校还缺两名教师，需要3亿美元修缮校舍。", "zh", section: "Financial requirements"))
        #expect(findings("国际移民组织2026年的资金需求为5亿美元。", "zh", section: "Financial requirements") == ["language.agency-funding"])
        #expect(!flagged("国际移民组织2026年的统计显示，5万人已经返乡。", "zh", section: "Situation analysis"))
        #expect(flagged("聯合國難民事務高級專員署需要2億美元。", "zh", section: "Financial requirements"))
        #expect(!flagged("聯合國難民事務高級專員署的統計顯示，5萬人已經返鄉。", "zh", section: "Situation analysis"))
    }

    /// Joint subjects: a collective after several modifiers (`和其他相关联合国机构`, `and other
    /// relevant UN entities`), and in Chinese a partner joined by `together` (`与联合国一道`).
    @Test func jointSubjectsWithModifiersAndTogether() {
        #expect(!flagged("难民署和其他相关联合国机构呼吁为新抵达的难民提供3亿美元紧急资金。", "zh", section: "Financial requirements"))
        #expect(flagged("难民署呼吁为新抵达的难民提供3亿美元紧急资金。", "zh", section: "Financial requirements"))
        #expect(!flagged("今天,儿基会与联合国一道共同发出了3亿美元的筹款呼吁。", "zh", section: "Financial requirements"))
        #expect(flagged("今天,儿基会发出了3亿美元的筹款呼吁。", "zh", section: "Financial requirements"))
        #expect(!flagged("难民署与卫生部一道发出了3亿美元的筹款呼吁。", "zh", section: "Financial requirements"))
        #expect(!flagged("IOM and other relevant humanitarian agencies will distribute blankets in the camps.", "en"))
        #expect(!flagged("UNHCR and IOM are seeking USD 40 million for the joint response.", "en", section: "Financial requirements"))
        #expect(flagged("UNHCR is seeking USD 40 million for its response.", "en", section: "Financial requirements"))
    }
}
