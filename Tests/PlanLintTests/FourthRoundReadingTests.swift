import Testing
@testable import PlanLint

/// The reading steps added for the fourth round's general causes (docs/lint.md, "Fourth round"),
/// each with constructed sentences it flags and sentences it leaves alone.
struct FourthRoundReadingTests: SentenceReading {
    /// Spelled-out names are also matched with every word, or every word but the function words,
    /// capitalized; never in lower case.
    @Test func fullNamesMatchInOtherCapitalizations() {
        #expect(AgencyNameCase.capitalized("Programme alimentaire mondial", keepingFunctionWords: false) == "Programme Alimentaire Mondial")
        #expect(AgencyNameCase.capitalized("Fonds des Nations Unies pour l'enfance", keepingFunctionWords: true) == "Fonds des Nations Unies pour l'Enfance")
        #expect(flagged("En 2019, le Programme Alimentaire Mondial avait distribué des rations dans trois camps.", "fr"))
        #expect(flagged("Last year the International Organization For Migration evacuated 900 stranded migrants.", "en"))
        #expect(!flagged("Un programme alimentaire mondial de cantines scolaires avait distribué des rations dans trois camps.", "fr"))
    }

    /// Two different agencies voicing concern or advocacy together make a joint statement, also
    /// when the second is joined after the first one's apposition.
    @Test func jointStatementsOfTwoAgenciesAreNotOneAgencysVoice() {
        #expect(!flagged("Le PAM et le HCR redoutent une nouvelle hausse des prix des denrées.", "fr"))
        #expect(flagged("Le PAM redoute une nouvelle hausse des prix des denrées.", "fr"))
        #expect(!flagged("Le HCR, l'Agence des Nations Unies pour les réfugiés, et l'OIM appellent les États à garder leurs frontières ouvertes.", "fr"))
        #expect(flagged("Le HCR, l'Agence des Nations Unies pour les réfugiés, appelle les États à garder leurs frontières ouvertes.", "fr"))
        // Acting together is still one agency's action named twice (`UNHCR and IOM will`).
        #expect(flagged("UNHCR and IOM will distribute blankets in the transit centres.", "en"))
    }

    /// The agent of a reduced relative acts: a participle right after its noun, then `by`/`par`.
    @Test func reducedRelativesNameTheirAgent() {
        #expect(flagged("Les rescapés ont été soignés dans une clinique mobile déployée par l'OIM.", "fr"))
        #expect(flagged("The families crossed the lake on a ferry chartered by IOM.", "en"))
        #expect(flagged("Ils sont rentrés à bord d'un vol affrété par l'Organisation internationale pour les migrations.", "fr"))
        #expect(!flagged("Les familles ont répondu à une enquête réalisée par le HCR en mars.", "fr"))
        #expect(!flagged("The figures were compiled by the inter-agency coordination team hosted by UNHCR.", "en"))
        // In a coordination section a partner's tools are named in its role.
        #expect(!flagged("The working group follows the guidance developed by UNHCR.", "en", section: "Coordination"))
    }

    /// `UNICEF's goal`, `les objectifs du HCR`: an agency's own aims, like its priorities.
    @Test func anAgencysGoalsAreItsInternalPriorities() {
        #expect(findings("UNICEF's goal is to reach every child with vaccines.", "en") == ["language.agency-staffing"])
        #expect(!flagged("The sector's goal is to reach every child with vaccines.", "en"))
        #expect(flagged("Les objectifs du HCR pour 2026 sont ambitieux.", "fr"))
    }

    /// `along with its partners` joins partners as `and its partners` does; a quoted adverb
    /// between auxiliary and verb is transparent; `querer`/`want` hand the predicate on.
    @Test func partnersQuotedAdverbsAndWanting() {
        #expect(findings("UNHCR, along with its humanitarian partners, stressed the need for more shelter.", "en").contains("language.agency-and-its-partners"))
        #expect(!flagged("The shelter kits were shared with the sector, along with its guidance notes.", "en"))
        #expect(flagged("WFP had “drastically” cut rations in the camps.", "en"))
        #expect(!flagged("Rations had “drastically” been cut in the camps.", "en"))
        #expect(flagged("Unicef quiere vacunar a dos millones de niños este año.", "es"))
        #expect(!flagged("El Gobierno quiere vacunar a dos millones de niños este año.", "es"))
    }

    /// French advocacy phrases of several words.
    @Test func frenchAdvocacyPhrases() {
        #expect(findings("L'UNICEF lance un appel à tous les États pour protéger les écoles.", "fr") == ["language.agency-advocacy"])
        #expect(findings("Le HCR attire l'attention sur la situation des enfants non accompagnés.", "fr") == ["language.agency-advocacy"])
        #expect(!flagged("Le ministre lance un appel à tous les États pour protéger les écoles.", "fr"))
    }

    /// Chinese: a passive with another agent, book titles, a person's title, donations to an
    /// agency, money it received, appointments.
    @Test func chineseReadingSteps() {
        #expect(!flagged("儿基会由联合国大会于1946年设立。", "zh", section: "Coordination"))
        #expect(flagged("世界粮食计划署被迫暂停了口粮发放。", "zh"))
        #expect(!flagged("难民署的《全球趋势报告》显示，流离失所人数再创新高。", "zh", section: "Situation analysis"))
        #expect(flagged("国际移民组织的《安全归途》项目为返乡者提供职业培训。", "zh"))
        #expect(!flagged("儿基会驻也门办事处负责人表示，当地的霍乱病例有所上升。", "zh", section: "Situation analysis"))
        #expect(findings("日本政府向世界粮食计划署捐款300万美元。", "zh", section: "Financial requirements") == ["language.agency-funding"])
        #expect(!flagged("日本政府向世界粮食计划署通报了30万名新抵达者的情况。", "zh", section: "Situation analysis"))
        #expect(findings("粮食署获得的资金今年减少了三成。", "zh", section: "Financial requirements") == ["language.agency-funding"])
        #expect(!flagged("粮食署获得的数据显示，口粮需求持续上升。", "zh", section: "Situation analysis"))
        #expect(flagged("儿基会宣布任命一名新的亲善大使。", "zh"))
        #expect(!flagged("儿基会宣布，已有三千名儿童重返校园。", "zh", section: "Situation analysis"))
    }
}
