import PlanDiagnostics

/// `language.agency-funding`.
enum AgencyFundingRule {
    static let description = Rule(
        id: RuleID(LanguageRule.agencyFunding.rawValue),
        severity: .warning,
        summary: "The narrative presents the funding needs of one agency",
        explanation: """
            An RRP appeals for the requirements of all partners together; the breakdown by \
            partner belongs in the requirement tables. The rule flags an agency that requires, \
            needs or seeks money in the narrative ("UNHCR requires USD 50 million", "le HCR a \
            besoin de", "el ACNUR solicita", "联合国儿童基金会需要...美元") and an agency's own \
            budget or appeal ("UNHCR's emergency appeal"), and its hope that donors fund it \
            ("el ACNUR espera que sus donantes puedan financiar los 1.440 millones de dólares que \
            necesita"), also in a quotation the sentence attributes to the agency or its official \
            ("\"UNHCR needs USD 20 million,\" said the UNHCR spokesperson": a quoted agency \
            official speaks for one agency). Tables, requirement lines and partner \
            lists are left alone. Write the requirement of the sector or of RRP partners.
            """,
        triggering: [
            "UNHCR requires USD 50 million to cover shelter needs.\n",
            "Donors are urged to contribute to UNHCR's emergency appeal.\n",
            "Le HCR a besoin de 48 millions de dollars pour son programme.\n",
            "El ACNUR solicita 95 millones de dólares para su operación.\n",
            "UNICEF logró recaudar la mitad de los 40 millones de dólares de su llamamiento.\n",
            "联合国儿童基金会需要3500万美元来实施其教育方案。\n",
            "El ACNUR espera que sus donantes puedan financiar los 1.440 millones de dólares que necesita.\n",
            "\"UNHCR needs USD 20 million to shelter the new arrivals,\" said the UNHCR spokesperson.\n",
            "« Le PAM a besoin de 30 millions de dollars pour nourrir les réfugiés », a déclaré la directrice du PAM.\n",
            "“ACNUR necesita 20 millones de dólares para los albergues”, señaló el portavoz de ACNUR.\n",
            "难民署发言人表示：「难民署需要3000万美元来搭建临时住所。」\n",
        ],
        nonTriggering: [
            "## Financial requirements\n\n| UNHCR | 245,310,000 |\n",
            "Requirements by partner (USD): IOM 18,250,000; UNHCR 96,400,000.\n",
            "RRP partners require USD 612 million to sustain the response.\n",
            "Les partenaires du RRP ont besoin de 612 millions de dollars pour maintenir la réponse.\n",
            "Los socios del RRP requieren 612 millones de dólares para sostener la respuesta.\n",
            "计划合作伙伴需要6.12亿美元来维持应对工作。\n",
            "El ministerio espera que los donantes financien los 20 millones de dólares que necesita.\n",
            "\"UNHCR needs USD 20 million to shelter the new arrivals,\" said the Minister of Finance.\n",
            "« Le PAM a besoin de 30 millions de dollars pour nourrir les réfugiés », a déclaré le ministre.\n",
            "“ACNUR necesita 20 millones de dólares para los albergues”, afirmó el ministro del Interior.\n",
            "财政部长表示：「难民署需要3000万美元来搭建临时住所。」\n",
        ]
    )
}
