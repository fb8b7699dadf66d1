import Testing
@testable import PlanLint

/// The day's reading capabilities carried to the languages where they were still missed
/// (docs/lint.md, "Across languages"), each with constructed sentences it flags and sentences it
/// leaves alone (hard negatives).
struct CrossLanguageReadingTests: SentenceReading {
    /// English: the agency's operation or programme needing money is its funding, as French
    /// `l'opération du PAM requiert` and Spanish `la operación del PMA requiere` are, with the agency
    /// as the noun's modifier (`The WFP operation`) or its owner after `of`.
    @Test func anAgencysOperationNeedingMoneyInEnglish() {
        #expect(findings("The WFP operation requires USD 5 million for the next six months.", "en", section: "Budget") == ["language.agency-funding"])
        #expect(findings("The operation of WFP requires USD 5 million for the next six months.", "en", section: "Budget") == ["language.agency-funding"])
        #expect(findings("WFP's operation needs USD 5 million for the next six months.", "en", section: "Budget") == ["language.agency-funding"])
        #expect(findings("Currently, the WFP operation requires USD 5 million.", "en", section: "Budget") == ["language.agency-funding"])
        #expect(findings("The UNHCR cash programme needs USD 2 million.", "en", section: "Budget") == ["language.agency-funding"])
        // Hard negatives: no agency, a government's programme, no money, the agency as an object.
        #expect(!flagged("The plan requires USD 5 million for the next six months.", "en", section: "Budget"))
        #expect(!flagged("The sector requires USD 5 million.", "en", section: "Budget"))
        #expect(!flagged("The government's programme requires USD 5 million.", "en", section: "Budget"))
        #expect(!flagged("The WFP operation requires 7,000 tonnes of food.", "en", section: "Budget"))
        #expect(!flagged("The operation supported by the government with WFP requires USD 5 million.", "en", section: "Budget"))
    }

    /// A section or office attached to the agency acting is the agency acting, in English, French
    /// and Spanish, as `La section de Tindouf relevant du HCR a entamé` is.
    @Test func aSectionAttachedToTheAgencyActs() {
        #expect(findings("The Tindouf section attached to UNHCR distributed food.", "en") == ["language.agency-as-actor"])
        #expect(findings("The UNHCR sub-office in Tindouf distributed food.", "en") == ["language.agency-as-actor"])
        #expect(findings("The medical team affiliated with IOM distributed kits.", "en") == ["language.agency-as-actor"])
        #expect(findings("La section de Tindouf rattachée au HCR a distribué des vivres.", "fr") == ["language.agency-as-actor"])
        #expect(findings("La sección de Tinduf adscrita al ACNUR distribuyó alimentos.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a government section, a section reporting, refugees attached to the
        // agency, a section coordinating in a coordination section.
        #expect(!flagged("The Tindouf section attached to the Ministry of Interior distributed food.", "en"))
        #expect(!flagged("The protection section attached to UNHCR reported that 3,000 people arrived.", "en", section: "Situation"))
        #expect(!flagged("Les réfugiés rattachés au HCR ont reçu des vivres.", "fr"))
        #expect(!flagged("The section attached to UNHCR coordinated the partners.", "en", section: "Coordination"))
    }

    /// Chinese concern with the agency as the one concerned (`对难民署而言，这一趋势令人担忧`,
    /// `令难民署担忧的是`) is its voice, as `Para ACNUR resulta preocupante que` and `For UNHCR, it is
    /// worrying that` are.
    @Test func chineseConcernWithTheAgencyAsExperiencer() {
        #expect(findings("对难民署而言，这一趋势令人担忧。", "zh") == ["language.agency-advocacy"])
        #expect(findings("對難民署而言，這一趨勢令人擔憂。", "zh") == ["language.agency-advocacy"])
        #expect(findings("对难民署来说，这一趋势可能破坏庇护制度，令人担忧。", "zh") == ["language.agency-advocacy"])
        #expect(findings("令难民署担忧的是，这一趋势可能破坏庇护制度。", "zh") == ["language.agency-advocacy"])
        #expect(findings("令难民署感到担忧的是，这一趋势可能破坏庇护制度。", "zh") == ["language.agency-advocacy"])
        // Hard negatives: refugees or a government concerned, no concern, a government reporting the
        // concern, the agency with a government.
        #expect(!flagged("对难民而言，这一趋势令人担忧。", "zh"))
        #expect(!flagged("对政府而言，这一趋势令人担忧。", "zh"))
        #expect(!flagged("对难民署而言，最重要的是保护难民。", "zh"))
        #expect(!flagged("对难民署而言，政府表示这一趋势令人担忧。", "zh"))
        #expect(!flagged("令难民署和政府担忧的是，这一趋势可能破坏庇护制度。", "zh"))
    }

    /// English `by means of` is a means phrase between the agency and its verb, as `via`,
    /// `through`, `por medio de` and `à travers` are.
    @Test func byMeansOfIsAMeansPhrase() {
        #expect(findings("UNHCR by means of the partner FLM organized the transport.", "en") == ["language.agency-as-actor"])
        #expect(findings("El ACNUR por medio del socio FLM organizó el transporte.", "es") == ["language.agency-as-actor"])
        // Hard negatives: a government, the agency reporting.
        #expect(!flagged("The government by means of the partner FLM organized the transport.", "en"))
        #expect(!flagged("UNHCR by means of the partner FLM reported that 3,000 people arrived.", "en", section: "Situation"))
    }
}
