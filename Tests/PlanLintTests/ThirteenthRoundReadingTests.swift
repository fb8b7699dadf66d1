import Testing
@testable import PlanLint

/// The reading steps added for the thirteenth round's general causes (docs/lint.md, "Thirteenth
/// round"), each with constructed sentences it flags and sentences it leaves alone (hard negatives).
struct ThirteenthRoundReadingTests: SentenceReading {
    /// Doing something again is a catenative: Spanish `volver a` before an infinitive (`ACNUR está
    /// volviendo a desplegar personal`, `La OIM vuelve a distribuir`): the infinitive is the
    /// predicate, as English `is again deploying` is.
    @Test func doingSomethingAgainIsACatenative() {
        #expect(findings("El ACNUR está volviendo a desplegar más personal en la zona.", "es") == ["language.agency-as-actor"])
        #expect(findings("La OIM vuelve a distribuir alimentos en la frontera.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is again deploying staff to the border.", "en") == ["language.agency-as-actor"])
        // Hard negatives: someone else does it again; the agency returning to a place is no act;
        // refugees returning home.
        #expect(!flagged("El gobierno vuelve a distribuir alimentos en la frontera.", "es"))
        #expect(!flagged("El ACNUR volvió a la zona en marzo.", "es"))
        #expect(!flagged("Los refugiados vuelven a sus hogares en el norte.", "es"))
        #expect(!flagged("El ACNUR volverá a Níger en abril.", "es"))
    }

    /// French first-group verbs change `e`/`é` to `è` only before one consonant or a consonant and
    /// `l`/`r` (`lève`, `gère`, `célèbre`, `règle`); before two other consonants the stem keeps its
    /// vowel (`commence`, `présente`, `héberge`, `exerce`), so the present of `commencer` is read.
    @Test func frenchStemsBeforeTwoConsonantsKeepTheirVowel() {
        let forms = Set(["commencer", "présenter", "héberger", "exercer", "lever", "gérer", "célébrer", "régler"]
            .flatMap { FrenchConjugation.forms(of: $0).map(\.0) })
        #expect(forms.isSuperset(of: ["commence", "commencent", "présente", "héberge", "exerce", "lève", "gère", "célèbre", "règle"]))
        #expect(forms.isDisjoint(with: ["commènce", "présènte", "hèberge", "exèrce"]))
        #expect(findings("Le HCR commence la distribution des tentes aux familles.", "fr") == ["language.agency-as-actor"])
        #expect(findings("Les équipes de l'OIM commencent les travaux dans le camp.", "fr") == ["language.agency-as-actor"])
        // Hard negatives: a government or the refugees begin; the plan's work begins.
        #expect(!flagged("Le gouvernement commence la distribution des tentes aux familles.", "fr"))
        #expect(!flagged("Les réfugiés commencent à cultiver leurs champs.", "fr"))
        #expect(!flagged("La saison des pluies commence en juin.", "fr"))
    }

    /// English: `of` or `from` after a staff noun that opens the sentence (`A team from UNHCR will
    /// help`, `A six-member team from the United Nations refugee agency`, `Staff of IOM`) names the
    /// agency's staff as the subject, as `A UNHCR team` and French `Une équipe du HCR` do.
    @Test func aTeamFromAnAgencyIsItsStaff() {
        #expect(findings("A team from UNHCR will help relocate the refugees.", "en") == ["language.agency-as-actor"])
        #expect(findings("A six-member team from the United Nations refugee agency will help relocate the refugees.", "en") == ["language.agency-as-actor"])
        #expect(findings("Staff of IOM are assisting the returnees at the border.", "en") == ["language.agency-as-actor"])
        // Hard negatives: the team met or told, a team from a ministry, support or a letter from an
        // agency, the team acted upon, staff of an agency and a government together.
        #expect(!flagged("The government met a team from UNHCR in the capital.", "en"))
        #expect(!flagged("Refugees told a team from UNHCR that they want to return.", "en"))
        #expect(!flagged("A team from the ministry will help relocate the refugees.", "en"))
        #expect(!flagged("Support from UNHCR will help relocate the refugees.", "en"))
        #expect(!flagged("A team from UNHCR was briefed by the government.", "en"))
        #expect(!flagged("Staff from UNHCR and the government will register the refugees.", "en"))
    }

    /// Accelerating is an act in French and Spanish as in English (`le HCR accélère le transfert`,
    /// `El ACNUR acelera el traslado`, `UNHCR is accelerating the relocation`), as intensifying is.
    @Test func acceleratingIsAnAct() {
        #expect(findings("Le HCR accélère le transfert des réfugiés vers Ab Gadam.", "fr") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR acelera el traslado de los refugiados a Ouallam.", "es") == ["language.agency-as-actor"])
        #expect(findings("UNHCR is accelerating the relocation of the refugees.", "en") == ["language.agency-as-actor"])
        // Hard negatives: a government or the conflict accelerates.
        #expect(!flagged("Le gouvernement accélère le transfert des réfugiés vers Ab Gadam.", "fr"))
        #expect(!flagged("El conflicto acelera el desplazamiento de la población.", "es"))
        #expect(!flagged("La saison des pluies accélère la dégradation des routes.", "fr"))
    }
}
