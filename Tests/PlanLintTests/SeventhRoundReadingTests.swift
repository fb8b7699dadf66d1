import Testing
@testable import PlanLint

/// The reading steps added for the seventh round's general causes (docs/lint.md, "Eighth round"),
/// each with constructed sentences it flags and sentences it leaves alone.
struct SeventhRoundReadingTests: SentenceReading {
    /// Other spellings of the built-in names (`agencies.json`, `spellings`): British and American
    /// forms, the office named as `High Commission`, the United Nations abbreviated or spelled out,
    /// an article dropped, the French short forms.
    @Test func nameSpellings() {
        #expect(flagged("The United Nations High Commission for Refugees distributes tents to new arrivals in the camps.", "en"))
        #expect(flagged("The International Organisation for Migration charters buses for the returnees.", "en"))
        #expect(flagged("The World Health Organisation ships cholera kits to the district hospitals.", "en"))
        #expect(flagged("Le Haut-Commissariat aux réfugiés distribue des tentes aux nouveaux arrivants.", "fr"))
        #expect(flagged("L'Organisation internationale des migrations affrète des bus pour les rapatriés.", "fr"))
        #expect(flagged("Le Fonds de l'ONU pour l'enfance achemine des vaccins vers les camps.", "fr"))
        #expect(flagged("El Alto Comisionado de Naciones Unidas para los Refugiados entregó mantas a las familias.", "es"))
        #expect(flagged("La Organización Internacional para la Migración distribuye kits de higiene en los albergues.", "es"))
        #expect(flagged("El Fondo de Población de la ONU envía kits de parto a las clínicas.", "es"))
        // Names the spellings do not make an agency's: a national commission, other organisations.
        #expect(!flagged("The National Commission for Refugees distributes tents to new arrivals in the camps.", "en"))
        #expect(!flagged("The International Organisation of Employers charters buses for the returnees.", "en"))
        #expect(!flagged("Le Commissariat national aux réfugiés distribue des tentes aux nouveaux arrivants.", "fr"))
        #expect(!flagged("La Comisión Nacional para los Refugiados entregó mantas a las familias.", "es"))
    }

    /// The spelling pairs are whole words: `Organization` in a name, not inside another word.
    @Test func spellingVariantsReplaceWholeWords() {
        let pairs = [["Organization", "Organisation"], ["United Nations", "UN"]]
        #expect(AgencyNameSpelling.variants(of: "World Health Organization", spellings: pairs) == ["World Health Organisation"])
        #expect(AgencyNameSpelling.variants(of: "United Nations Organization Fund", spellings: pairs)
                == ["United Nations Organisation Fund", "UN Organization Fund", "UN Organisation Fund"])
        #expect(AgencyNameSpelling.variants(of: "Organizations United", spellings: pairs).isEmpty)
    }

    /// The prospective aspect (`is about to`, `est sur le point de`, `está a punto de`): the act
    /// that follows is the subject's, as after `will`, known verb or not.
    @Test func aboutTo() {
        #expect(flagged("UNICEF is about to open twelve learning centres in the camps.", "en"))
        #expect(flagged("WFP is poised to scale up cash transfers in the north.", "en"))
        #expect(flagged("Le PAM est sur le point de lancer une distribution de vivres dans les camps.", "fr"))
        #expect(flagged("Le HCR est sur le point d'ouvrir un centre de transit.", "fr"))
        #expect(flagged("La OIM está a punto de inaugurar un centro de tránsito en la frontera.", "es"))
        #expect(flagged("El ACNUR se dispone a trasladar a las familias al nuevo campamento.", "es"))
        #expect(!flagged("The government is about to open twelve learning centres in the camps.", "en"))
        #expect(!flagged("Le ministère est sur le point de lancer une distribution de vivres dans les camps.", "fr"))
        #expect(!flagged("El ministerio está a punto de inaugurar un centro de tránsito en la frontera.", "es"))
        #expect(!flagged("The rainy season is about to begin in the south.", "en"))
    }

    /// An English description without its article, as the modifier of staff or in a headline
    /// (`United Nations refugee agency staff will register`).
    @Test func descriptionWithoutArticle() {
        #expect(flagged("United Nations refugee agency staff will register the new arrivals at the border.", "en"))
        #expect(flagged("UN children's agency teams distribute school kits in the camps.", "en"))
        #expect(!flagged("National refugee agency staff will register the new arrivals at the border.", "en"))
        #expect(!flagged("Government children's agency teams distribute school kits in the camps.", "en"))
    }

    /// The repetition prefix on a known action verb (`reiniciar`, `reabrir`, `relancer`,
    /// `réinstaller`, `reopen`), also after a catenative.
    @Test func repetitionPrefix() {
        #expect(flagged("El PMA decidió reiniciar la distribución de alimentos en la provincia.", "es"))
        #expect(flagged("Ante las lluvias, la OIM decidió reabrir el almacén de Gao.", "es"))
        #expect(flagged("Le HCR est sur le point de réinstaller deux mille familles.", "fr"))
        #expect(flagged("UNICEF decided to reopen the schools in the district.", "en"))
        #expect(!flagged("El ministerio decidió reabrir el almacén de Gao.", "es"))
        #expect(!flagged("The ministry decided to reopen the schools in the district.", "en"))
        #expect(VerbPrefix.classes(of: ArraySlice("resto".utf8), verbs: .empty).isEmpty)
    }

    /// A place of several names after an agency's office or staff (`IOM offices in Gao and
    /// Mopti`, `Les bureaux de l'OIM à Gao et Mopti`, `en Gao y Mopti`): the names stay the place;
    /// an article or an agency after `and` joins a second subject.
    @Test func placeOfSeveralNames() {
        #expect(flagged("IOM offices in Gao and Mopti distributed kits to the families.", "en"))
        #expect(flagged("IOM offices in Gao, Mopti and Timbuktu distributed kits to the families.", "en"))
        #expect(flagged("Les bureaux de l'OIM à Gao et Mopti sont intervenus auprès des familles sinistrées.", "fr"))
        #expect(flagged("Las oficinas de la OIM en Gao y Mopti distribuyeron kits a las familias.", "es"))
        #expect(!flagged("The IOM office in Gao and the ministry distributed kits to the families.", "en"))
        #expect(!flagged("Le bureau de l'OIM à Gao et le ministère ont distribué des kits aux familles.", "fr"))
        #expect(!flagged("La oficina de la OIM en Gao y el ministerio distribuyeron kits a las familias.", "es"))
        #expect(!flagged("The offices in Gao and Mopti distributed kits to the families.", "en"))
    }

    /// Chinese verbs of arrival and deployment (`抵达`, `到达`, `赶赴`, `前往`, `进驻`): an agency's
    /// staff, counted or not, arriving is its act; refugees arriving, in data or a report, are not.
    @Test func chineseArrivalAndDeployment() {
        #expect(flagged("难民署工作人员已抵达边境。", "zh"))
        #expect(flagged("5名难民署专家已抵达灾区。", "zh"))
        #expect(flagged("世界粮食计划署的工作人员已赶赴灾区。", "zh"))
        #expect(!flagged("5名政府专家已抵达灾区。", "zh"))
        #expect(!flagged("据难民署统计，已有3万名难民抵达乍得。", "zh"))
        #expect(!flagged("难民署表示，3万名难民已抵达乍得东部。", "zh"))
    }

    /// Names are capitalized by their bytes when a word starts with an ASCII letter, by
    /// `Character` otherwise, with the same results (the spelling variants are capitalized too).
    @Test func capitalizationOfVariants() {
        #expect(AgencyNameCase.capitalized("Haut-Commissariat aux réfugiés", keepingFunctionWords: false) == "Haut-Commissariat Aux Réfugiés")
        #expect(AgencyNameCase.capitalized("Haut-Commissariat aux réfugiés", keepingFunctionWords: true) == "Haut-Commissariat aux Réfugiés")
        #expect(AgencyNameCase.capitalized("agence pour l'énergie et l'emploi", keepingFunctionWords: true) == "Agence pour l'Énergie et l'Emploi")
        #expect(AgencyNameCase.capitalized("Fondo de Población de la ONU", keepingFunctionWords: false) == "Fondo De Población De La ONU")
        #expect(AgencyNameCase.capitalized("fonds de l’ONU pour l’enfance", keepingFunctionWords: true) == "Fonds de l’ONU pour l’Enfance")
        #expect(AgencyNameCase.capitalized("é'cole d'été", keepingFunctionWords: false) == "é'Cole d'Été")
        #expect(flagged("Le Haut-Commissariat aux Réfugiés distribue des tentes aux nouveaux arrivants.", "fr"))
    }
}
