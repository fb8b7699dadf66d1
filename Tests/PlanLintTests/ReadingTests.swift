import PlanModel
import Testing
@testable import PlanLint

/// What the clause reading adds: narrative table cells, headings in any case, accent and script,
/// traditional Chinese, the plan's brands, references to an agency named earlier, rewrite hints,
/// and the generated French and Spanish conjugations.
struct ReadingTests {
    @Test func narrativeTableCellsAreLintedOtherTablesAreNot() {
        let narrative = "## Response strategy\n\n| Sector | Response |\n| --- | --- |\n| Shelter | UNHCR will distribute tents to 30,000 households in the camps. |\n"
        let found = LintHarness.lint(narrative).filter { $0.id.hasPrefix("language.") }
        #expect(found.map(\.id) == ["language.agency-as-actor"])
        #expect(found.first?.range?.start.line == 5)
        let budget = "## Financial requirements\n\n| Partner | Sector | Requirements |\n| --- | --- | --- |\n| UNHCR | Protection | 45,200,000 |\n| WFP | Food security | 180,500,000 |\n"
        #expect(LintHarness.lint(budget).isEmpty)
        let partners = "## Coordination\n\n| Sector | Partners |\n| --- | --- |\n| Protection | UNHCR, NRC, IRC, HIAS |\n"
        #expect(LintHarness.lint(partners).isEmpty)
    }

    @Test func headingsClassifyWithoutAccentsAndInEitherScript() {
        let support = "El ACNUR brinda apoyo técnico al Ministerio del Interior."
        #expect(LintHarness.lint("## COORDINACION\n\n\(support)\n", language: "es").isEmpty)
        #expect(LintHarness.lint("## Coordinación\n\n\(support)\n", language: "es").isEmpty)
        #expect(!LintHarness.lint("## Estrategia de respuesta\n\n\(support)\n", language: "es").isEmpty)
        let zh = "难民署为教育部提供技术支持。"
        #expect(LintHarness.lint("## 協調安排\n\n\(zh)\n", language: "zh").isEmpty)
        #expect(!LintHarness.lint("## 應對戰略\n\n\(zh)\n", language: "zh").isEmpty)
    }

    @Test func traditionalChineseNamesAndVerbsAreMatched() {
        let found = LintHarness.lint("## 應對戰略\n\n聯合國難民署將為新抵達的家庭提供帳篷。\n", language: "zh")
        #expect(found.map(\.id) == ["language.agency-as-actor"])
        // `大会` is one word: its `会` is no future marker.
        #expect(LintHarness.lint("## 协调安排\n\n难民署每年向联合国大会提交报告。\n", language: "zh").isEmpty)
    }

    /// The third round's reading steps, each with a sentence it flags and one it leaves alone.
    @Test func thirdRoundReadingSteps() {
        func flagged(_ text: String, _ language: String, section: String = "Response strategy") -> Bool {
            LintHarness.lint("## \(section)\n\n\(text)\n", language: language).contains { $0.id.hasPrefix("language.") }
        }
        // French pronominal past, typographic apostrophes, reporting verb + infinitive.
        #expect(flagged("Le HCR s’est dit très préoccupé par les expulsions.", "fr"))
        #expect(flagged("L’OIM a annoncé jeudi avoir ouvert deux centres de transit.", "fr"))
        #expect(!flagged("L’OIM a annoncé jeudi que 300 migrants étaient arrivés.", "fr"))
        // An advocacy verb before its agency at the end of the sentence; a report verb there is a source.
        #expect(flagged("Les écoles rouvrent enfin, se félicite le Fonds des Nations Unies pour l'enfance.", "fr"))
        #expect(!flagged("Les écoles rouvrent enfin, a indiqué le Fonds des Nations Unies pour l'enfance.", "fr"))
        // `has` + a non-participle is possession; `remain` + place + gerund acts.
        #expect(!flagged("UNHCR has primary responsibility for refugee protection in the country.", "en", section: "Coordination"))
        #expect(flagged("UNHCR has refurbished two reception centres.", "en"))
        #expect(flagged("WFP remains on the ground distributing food to new arrivals.", "en"))
        // An English base form after one agency is a noun it modifies.
        #expect(!flagged("Each household receives a UNICEF aid kit at registration.", "en"))
        // Chinese: an unknown verb before 了 acts; a report chain opens the reported clause.
        #expect(flagged("儿基会已经治愈了三千名儿童。", "zh"))
        #expect(!flagged("儿基会发布报告称，该地区儿童营养不良，面临严重风险。", "zh"))
        #expect(!flagged("红十字会等组织也在向灾民提供帐篷。", "zh"))
    }

    @Test func thePlansBrandsAreBrands() {
        let text = "## Response strategy\n\nRefugees receive top-ups through Cash Plus, a tool that WFP designed with the Ministry.\n"
        #expect(!LintHarness.lint(text).contains { $0.id == "language.agency-branding" })
        let linter = AgencyNeutralLinter(settings: LintSettings(brands: [LintHarness.located("Cash Plus")]))
        #expect(LintHarness.lint(text, linter: linter).contains { $0.id == "language.agency-branding" })
    }

    /// Fourth round: a verb phrase of the lexicon coordinated after a copula (`est à sec et a
    /// besoin de`) is read like a single coordinated verb; a noun phrase after `et` is not.
    @Test func coordinatedVerbPhrasesAreRead() {
        func flagged(_ text: String, _ language: String) -> Bool {
            LintHarness.lint("## Financial requirements\n\n\(text)\n", language: language).contains { $0.id.hasPrefix("language.") }
        }
        #expect(flagged("Le PAM est à sec et a besoin de fonds supplémentaires.", "fr"))
        #expect(!flagged("Le PAM est présent dans la région et les besoins financiers du secteur augmentent.", "fr"))
        #expect(!flagged("Le pays est à sec et a besoin de fonds supplémentaires.", "fr"))
    }

    @Test func referencesResolveToAnAgencyNamedEarlierInTheParagraph() {
        let text = "## Response strategy\n\nIOM opened a transit centre in Renk. It also distributed hygiene kits to 5,000 families.\n"
        let found = LintHarness.lint(text).filter { $0.id == "language.agency-as-actor" }
        #expect(found.count == 2)
        // Without an agency named before, `it` and `the agency` refer to nothing the rules know.
        #expect(LintHarness.lint("## Response strategy\n\nThe agency in charge of civil registration is the Ministry of Interior.\n").isEmpty)
        #expect(LintHarness.lint("## Situation analysis\n\nIOM reported new arrivals. It is estimated that 40 per cent are children.\n").isEmpty)
    }

    @Test func findingsWithoutAFixItCarryARewriteHint() {
        for (text, language) in [("UNHCR distributes kits in the camps.\n", "en"), ("Le HCR se dit préoccupé par les refoulements.\n", "fr"), ("难民署呼吁各国保持边境开放。\n", "zh")] {
            let found = LintHarness.lint("## Response strategy\n\n" + text, language: language).filter { $0.id.hasPrefix("language.") }
            #expect(!found.isEmpty)
            for d in found { #expect(!d.fixIts.isEmpty || d.notes.contains { $0.message.hasPrefix("rewrite: ") }, "\(d.summary)") }
        }
    }

    @Test func frenchAndSpanishFormsAreGeneratedFromTheInfinitive() {
        let mettre = Set(FrenchConjugation.forms(of: "permettre").map(\.0))
        #expect(mettre.isSuperset(of: ["permet", "permettent", "permis", "permettra", "permettrait", "permettant"]))
        let gerer = Set(FrenchConjugation.forms(of: "gérer").map(\.0))
        #expect(gerer.isSuperset(of: ["gère", "gèrent", "gérons", "gérera", "géré", "gérées"]))
        let placer = Set(FrenchConjugation.forms(of: "lancer").map(\.0))
        #expect(placer.isSuperset(of: ["lançons", "lançait", "lancera"]))
        let atteindre = Set(FrenchConjugation.forms(of: "atteindre").map(\.0))
        #expect(atteindre.isSuperset(of: ["atteint", "atteignent", "atteindra"]))
        let entregar = Set(SpanishConjugation.forms(of: "entregar").map(\.0))
        #expect(entregar.isSuperset(of: ["entrega", "entregó", "entregué", "entregará", "entreguen", "entregando", "entregado", "entregarlos"]))
        let construir = Set(SpanishConjugation.forms(of: "construir").map(\.0))
        #expect(construir.isSuperset(of: ["construye", "construyó", "construyeron", "construyendo", "construido"]))
        let pedir = Set(SpanishConjugation.forms(of: "pedir:i").map(\.0))
        #expect(pedir.isSuperset(of: ["pide", "pidió", "pidiendo", "pidiéndoles", "pedimos"]))
        let mantener = Set(SpanishConjugation.forms(of: "mantener").map(\.0))
        #expect(mantener.isSuperset(of: ["mantiene", "mantuvo", "mantendrá"]))
        #expect(SpanishConjugation.forms(of: "trabajar").contains { $0.0 == "trabajamos" && $0.1.contains(.firstPerson) })
    }
}
