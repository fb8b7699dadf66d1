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
            futures such as "ampliaremos") outside quotations, and inside a quotation whose speaker \
            the sentence names as the agency or its official speaking for it ("said the UNHCR \
            spokesperson", "a déclaré le représentant du HCR", "难民署发言人表示"): a quoted agency \
            official speaks for one agency, so paraphrase the quotation as the plan's statement or \
            attribute it to the response. Quoted testimony, a minister's words, unattributed \
            quotations and quoted titles are left alone, so is a capitalized "We" or "Our" inside a sentence (part of a name, \
            "the We Are Here Youth Network") and the singular "I" of a signed foreword. Rewrite \
            with "RRP partners" or "partners'".
            """,
        triggering: [
            "Our teams will provide psychosocial support in the transit centres.\n",
            "We will distribute core relief items in the first quarter.\n",
            "Nos équipes assureront le suivi de la protection.\n",
            "Nuestros equipos brindarán orientación legal en la frontera.\n",
            "我们将向新抵达的难民分发物资。\n",
            "\"We are moving the families to safer sites,\" said the UNHCR spokesperson.\n",
            "« Nous renforçons les équipes dans les camps », a déclaré le représentant du HCR.\n",
            "“Estamos ampliando la distribución de agua”, señaló el portavoz de ACNUR.\n",
            "难民署发言人表示：「我们正在为新抵达的家庭搭建临时住所。」\n",
        ],
        nonTriggering: [
            "“We left everything behind,” said a refugee mother in the camp.\n",
            "« Nous avons tout laissé derrière nous », explique une réfugiée.\n",
            "The We Are Here Youth Network takes part in the plan.\n",
            "«Lo dejamos todo atrás», dijo una madre refugiada en el albergue.\n",
            "Nosotros, los ministros de los países de acogida, renovamos nuestro compromiso con los refugiados.\n",
            "As Regional Refugee Coordinator, I thank the partners of this plan.\n",
            "一位难民母亲说：“我们只希望孩子们能重新上学。”\n",
            "\"We will register every new arrival,\" said the Minister of Interior.\n",
            "« Nous ouvrirons un nouveau site », a déclaré le ministre de l'Intérieur.\n",
            "“Vamos a regularizar a todos los migrantes”, afirmó el ministro del Interior.\n",
            "政府发言人表示：「我们将为所有新抵达者登记。」\n",
        ]
    )
}
