import PlanDiagnostics

/// `language.first-person`.
enum FirstPersonRule {
    static let description = Rule(
        id: RuleID(LanguageRule.firstPerson.rawValue),
        severity: .warning,
        summary: "The text speaks in the first person plural of one organization",
        explanation: """
            "We", "our", "nous", "nuestros", "我们" make the plan read as one organization's \
            document. The rule flags first-person plural pronouns (and Spanish first-person \
            futures such as "ampliaremos") outside quotations. Quoted testimony and quoted titles \
            are left alone, so is a capitalized "We" or "Our" inside a sentence (part of a name, \
            "the We Are Here Youth Network") and the singular "I" of a signed foreword. Rewrite \
            with "RRP partners" or "partners'".
            """,
        triggering: [
            "Our teams will provide psychosocial support in the transit centres.\n",
            "We will distribute core relief items in the first quarter.\n",
            "Nos équipes assureront le suivi de la protection.\n",
            "Nuestros equipos brindarán orientación legal en la frontera.\n",
            "我们将向新抵达的难民分发物资。\n",
        ],
        nonTriggering: [
            "“We left everything behind,” said a refugee mother in the camp.\n",
            "« Nous avons tout laissé derrière nous », explique une réfugiée.\n",
            "The We Are Here Youth Network takes part in the plan.\n",
            "«Lo dejamos todo atrás», dijo una madre refugiada en el albergue.\n",
            "Nosotros, los ministros de los países de acogida, renovamos nuestro compromiso con los refugiados.\n",
            "As Regional Refugee Coordinator, I thank the partners of this plan.\n",
            "一位难民母亲说：“我们只希望孩子们能重新上学。”\n",
        ]
    )
}
