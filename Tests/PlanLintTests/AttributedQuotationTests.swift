import PlanDiagnostics
import Testing
@testable import PlanLint

/// Quotations attributed to an agency or to its official speaking for it are the agency's voice
/// (docs/lint.md, "Quotations attributed to the agency (lint-quotes)"); a refugee's testimony, a
/// minister's words, an unattributed quotation and an official quoting facts stay left alone.
struct AttributedQuotationTests: SentenceReading {
    private let situation = "Situation analysis"

    /// The agency's spokesperson, representative or head quoted in the first person: the
    /// first-person rule, after the quotation (`, said X`) or before it (`X said: "`).
    @Test func officialSpeakingForTheAgency() {
        #expect(findings("\"We are moving the families to safer sites away from the border,\" said the UNHCR spokesperson.", "en") == ["language.first-person"])
        #expect(findings("UNICEF Representative Jean Dupont said: \"We have opened twelve learning centres this month.\"", "en") == ["language.first-person"])
        #expect(findings("« Nous renforçons nos équipes dans les camps », a déclaré le représentant du HCR.", "fr").contains("language.first-person"))
        #expect(findings("Le porte-parole de l'OIM a indiqué : « Nous allons ouvrir un deuxième centre de transit. »", "fr") == ["language.first-person"])
        #expect(findings("“Estamos ampliando la distribución de agua en los albergues”, señaló el portavoz de ACNUR.", "es") == ["language.first-person"])
        #expect(findings("“Necesitamos más fondos para seguir atendiendo a las familias”, afirmó la directora del PMA para Colombia.", "es").contains("language.first-person"))
        #expect(findings("难民署发言人表示：「我们正在为新抵达的家庭搭建临时住所。」", "zh") == ["language.first-person"])
        #expect(findings("「我们将在边境增设两个接待中心」，儿基会驻乍得代表说。", "zh") == ["language.first-person"])
        // `according to`, a name in apposition, a verb of warning, the speaker before its verb.
        #expect(findings("According to the UNHCR representative, \"we will open two more reception centres.\"", "en") == ["language.first-person"])
        #expect(findings("\"We will open two more reception centres,\" said Ana Pérez, a UNHCR spokesperson.", "en") == ["language.first-person"])
        #expect(findings("\"We will open two more reception centres,\" the IOM spokesperson said.", "en") == ["language.first-person"])
        // (The official's warning after the quotation is the agency's voice too.)
        #expect(findings("“Vamos a abrir dos centros más”, advirtió la representante de ACNUR en Colombia.", "es") == ["language.first-person", "language.agency-advocacy"])
    }

    /// An official's title qualified by a plain word before the agency (`la représentante
    /// résidente du HCR`, `el jefe adjunto interino de ACNUR`), at most two of them, right after
    /// the title; a plain noun that is not a qualifier of a title keeps the speaker someone else.
    @Test func qualifiedTitle() {
        #expect(findings("« Nous pouvons loger 500 familles de plus », précise Anne Martin, la représentante résidente du HCR au Niger.", "fr") == ["language.first-person"])
        #expect(findings("“Podemos alojar a 500 familias más”, explicó el jefe adjunto interino de ACNUR en Perú.", "es") == ["language.first-person"])
        #expect(findings("\"We can house 500 more families,\" said the head interim of UNHCR in Niger.", "en") == ["language.first-person"])
        // A plain word before the title, and the agency the official works with or for.
        #expect(findings("\"We load 40 people on each truck,\" explained Tom Reed, a protection officer with UNHCR.", "en") == ["language.first-person"])
        #expect(findings("« Nous chargeons 40 personnes par camion », explique Paul Koffi, chargé de protection pour le compte du HCR.", "fr") == ["language.first-person"])
        #expect(findings("“Trasladamos a 40 personas en cada camión”, explicó Luis Mora, oficial de protección de ACNUR.", "es") == ["language.first-person"])
        // Hard negatives: a doctor at the agency's clinic, a mother near its office, a word that
        // qualifies no title, someone with the agency's goods.
        #expect(!flagged("\"We load 40 people on each truck,\" said a driver with UNHCR blankets.", "en"))
        #expect(!flagged("« Nous chargeons 40 personnes par camion », explique un chauffeur avec des bâches du HCR.", "fr"))
        #expect(!flagged("« Nous pouvons loger 500 familles de plus », précise un médecin de la clinique du HCR.", "fr"))
        #expect(!flagged("“Podemos alojar a 500 familias más”, explicó una madre refugiada cerca de la oficina de ACNUR.", "es"))
        #expect(!flagged("\"We can house 500 more families,\" said a volunteer teacher at a UNHCR school.", "en"))
    }

    /// The agency named in its official's quotation: the rule the same words unquoted break, one
    /// finding for the sentence.
    @Test func agencyNamedInTheQuotation() {
        let budget = "Financial requirements"
        #expect(findings("\"UNHCR needs USD 20 million to shelter the new arrivals,\" said the UNHCR spokesperson.", "en", section: budget) == ["language.agency-funding"])
        #expect(findings("« L'UNICEF manque de ressources pour aider les enfants », a déclaré le représentant de l'UNICEF.", "fr", section: budget) == ["language.agency-funding"])
        #expect(findings("“ACNUR necesita 20 millones de dólares para los albergues”, señaló el portavoz de ACNUR.", "es", section: budget) == ["language.agency-funding"])
        #expect(findings("难民署发言人表示：「难民署需要3000万美元来搭建临时住所。」", "zh", section: budget) == ["language.agency-funding"])
        // Hard negatives: a minister quoted saying the same.
        #expect(!flagged("\"UNHCR needs USD 20 million to shelter the new arrivals,\" said the Minister of Finance.", "en", section: budget))
        #expect(!flagged("« L'UNICEF manque de ressources pour aider les enfants », a déclaré le ministre.", "fr", section: budget))
        #expect(!flagged("“ACNUR necesita 20 millones de dólares para los albergues”, afirmó el ministro del Interior.", "es", section: budget))
        #expect(!flagged("财政部长表示：「难民署需要3000万美元来搭建临时住所。」", "zh", section: budget))
    }

    /// A quotation that opens after its speaker in one sentence and goes on in the next keeps
    /// its speaker.
    @Test func continuedQuotation() {
        #expect(findings("The IOM Chief of Mission said: \"The roads are closed. We are flying the supplies in.\"", "en") == ["language.first-person"])
        #expect(findings("La portavoz de ACNUR dijo: “Las lluvias destruyeron los refugios. Estamos reconstruyendo las viviendas.”", "es") == ["language.first-person"])
        // The speaker after the quotation's last sentence.
        #expect(findings("« Les pluies ont emporté les abris. Nous reconstruisons les logements », a déclaré la porte-parole du HCR.", "fr") == ["language.first-person"])
        #expect(!flagged("« Les pluies ont emporté les abris. Nous reconstruisons nos maisons », a déclaré une réfugiée.", "fr"))
    }

    /// The agency's head by name (`heads` in agencies.json) and a reference to the agency named
    /// before (`its spokesperson`, `la agencia`).
    @Test func headsAndReferences() {
        #expect(findings("\"We will not abandon the people of Sudan,\" said Filippo Grandi.", "en") == ["language.first-person"])
        #expect(findings("UNHCR opened a transit centre in Renk. \"We are registering hundreds of families every day,\" said its spokesperson.", "en") == ["language.agency-as-actor", "language.first-person"])
        #expect(findings("ACNUR abrió un centro en Renk. “Estamos registrando a cientos de familias”, dijo la agencia.", "es") == ["language.agency-as-actor", "language.first-person"])
        // Hard negatives: a reference with no agency named, and the government's spokesperson.
        #expect(!flagged("The ministry opened a centre. \"We are registering hundreds of families every day,\" said its spokesperson.", "en"))
        #expect(!flagged("“Estamos registrando a cientos de familias”, dijo el portavoz del gobierno.", "es"))
    }

    /// A quotation after a colon, in a sentence whose subject is the agency's official.
    @Test func subjectBeforeColon() {
        #expect(findings("难民署前线主任走进营地医院：「我们会为这些家庭安排转介服务。」", "zh") == ["language.first-person"])
        #expect(!flagged("一名难民走进营地医院：「我们会为这些家庭安排转介服务。」", "zh"))
    }

    /// The finding in a voiced quotation carries no fix-it: its note says that a quoted agency
    /// official speaks for one agency.
    @Test func noteExplainsTheQuotation() {
        let chapter = "---\nlanguage: en\n---\n\n# Response strategy\n\n\"We will open two more reception centres,\" said the UNHCR spokesperson.\n"
        let diagnostics = LintHarness.lint(chapter)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.fixIts.isEmpty == true)
        #expect(diagnostics.first?.notes.contains { $0.message.contains("quoted agency official") } == true)
    }

    /// Hard negatives: a refugee's testimony, a minister quoted, an unattributed quotation, an
    /// official quoting facts, the agency's official quoted on what a government does.
    @Test func otherSpeakersStayLeftAlone() {
        // A refugee, even in an agency's camp.
        #expect(!flagged("\"We walked for nine days to reach the border,\" said a refugee in a UNHCR camp.", "en"))
        #expect(!flagged("« Nous avons tout perdu », a confié une réfugiée dans un camp du HCR.", "fr"))
        #expect(!flagged("“Dormimos en la calle durante semanas”, relató un refugiado en un albergue de ACNUR.", "es"))
        #expect(!flagged("一名难民对难民署工作人员说：「我们走了九天才到边境。」", "zh"))
        #expect(!flagged("\"We will open two more wards,\" said a doctor at a UNHCR clinic.", "en"))
        // A minister or a government.
        #expect(!flagged("\"We will register every new arrival,\" said the Minister of Interior.", "en"))
        #expect(!flagged("« Nous ouvrirons un nouveau site », a déclaré le ministre de l'Intérieur.", "fr"))
        #expect(!flagged("“Vamos a regularizar a todos los migrantes”, afirmó el ministro del Interior.", "es"))
        #expect(!flagged("政府发言人表示：「我们将为所有新抵达者登记。」", "zh"))
        // No one named.
        #expect(!flagged("\"We are not going back,\" one of the women said.", "en"))
        #expect(!flagged("« Nous n'avons plus rien », dit-elle.", "fr"))
        #expect(!flagged("“No tenemos nada”, dijo.", "es"))
        #expect(!flagged("「我们一无所有。」", "zh"))
        // An official reporting facts, or what a government does.
        #expect(!flagged("\"Hundreds of thousands are in a desperate situation,\" said the UNHCR spokesperson.", "en", section: situation))
        #expect(!flagged("« Des centaines de milliers de personnes sont dans une situation désespérée », a déclaré le porte-parole du HCR.", "fr", section: situation))
        #expect(!flagged("“Cientos de miles de personas viven en una situación desesperada”, señaló el portavoz de ACNUR.", "es", section: situation))
        #expect(!flagged("难民署发言人表示：「数十万人处境危急。」", "zh", section: situation))
        #expect(!flagged("\"The government is relocating the families to safer sites,\" said the UNHCR representative.", "en"))
        #expect(!flagged("« Le gouvernement relocalise les familles », a déclaré la représentante du HCR.", "fr"))
        #expect(!flagged("“El gobierno está reubicando a las familias”, señaló el representante de ACNUR.", "es"))
        #expect(!flagged("难民署代表说：「政府正在把这些家庭迁往安全地点。」", "zh"))
    }
}
