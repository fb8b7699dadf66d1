import Testing
/// Markdown contexts and language details: list items, emphasis, links, URLs, quotes in several
/// scripts, block quotes, support roles by section.
struct MarkdownContextTests {
    @Test func contextsAreLintedOrLeftAlone() {
        let cases: [(String, Bool)] = [
            ("## Foreword\n\nI am grateful to the partners who made this plan possible.\n", false),
            ("## Response strategy\n\n- UNHCR will distribute blankets.\n- Partners will run the reception desks.\n", true),
            ("## Response strategy\n\n*UNHCR* will distribute blankets.\n", true),
            ("## Response strategy\n\n[UNHCR](https://www.unhcr.org) will distribute blankets.\n", true),
            ("## Response strategy\n\nSee <https://data.unhcr.org> for figures; partners will update them monthly.\n", false),
            ("## Budget\n\nRequirements: US$ 45 million for 2026.\n", false),
            ("## Response strategy\n\nThe response will reach 1.2 million people; UNHCR will coordinate the protection response.\n", false),
            ("## Response strategy\n\nUNHCR staff will be deployed to the border.\n", true),
            ("## Response strategy\n\nThe UNHCR office in Adré will be expanded.\n", false),
            ("## Response strategy\n\nUNHCR and WFP will continue to distribute food and non-food items.\n", true),
            ("## Situation\n\n„Wir haben alles verloren“, sagte eine Frau.\n", false),
            ("## Situation\n\n「我们需要工作」，一名青年说。\n", false),
            ("## Response strategy\n\nLe HCR continuera à coprésider le groupe de travail Protection.\n", false),
            ("## Response strategy\n\nEl ACNUR seguirá colidereando el GIFMM.\n", false),
            ("## Response strategy\n\nThe World Health Organization will deploy five mobile clinics.\n", true),
            ("## Response strategy\n\nWHO guidelines will be applied in all health facilities.\n", false),
            ("## Response strategy\n\nCARE will distribute cash in the eastern districts.\n", true),
            ("## Response strategy\n\nIn the DRC, partners will scale up assistance.\n", false),
            ("## Strategy\n\n> We will never forget the support we received.\n", false),
            ("## Strategy\n\nUNHCR will provide technical support to the Ministry of Education.\n", true),
            ("## Coordination\n\nUNHCR will provide technical support to the Ministry of Education.\n", false),
            // A photo credit (`©` in any of the paragraph's text runs, noted by the tokenizer's scan).
            ("## Response strategy\n\nUNHCR will distribute blankets. © UNHCR/J. Doe\n", false),
            ("## Response strategy\n\nUNHCR will distribute blankets. *Photo: © UNHCR*\n", false),
            ("## Response strategy\n\nUNHCR will distribute blankets. *Photo: UNHCR*\n", true),
            // Quotation marks noted by the scan in a later text run (after emphasis opens).
            ("## Response strategy\n\nThe mission heard *“UNHCR will distribute blankets”* at the border.\n", false),
            ("## Response strategy\n\nThe mission heard *\"UNHCR will distribute blankets\"* at the border.\n", false),
            ("## Response strategy\n\nThe mission heard that *UNHCR will distribute blankets* at the border.\n", true),
        ]
        for (text, expected) in cases {
            let found = LintHarness.lint(text).filter { $0.id.hasPrefix("language.") }
            #expect(found.isEmpty != expected, "\(text.debugDescription) -> \(found.map(\.summary))")
        }
    }
}
