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
            necesita"). Tables, requirement lines and partner \
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
        ],
        nonTriggering: [
            "## Financial requirements\n\n| UNHCR | 245,310,000 |\n",
            "Requirements by partner (USD): IOM 18,250,000; UNHCR 96,400,000.\n",
            "RRP partners require USD 612 million to sustain the response.\n",
            "Les partenaires du RRP ont besoin de 612 millions de dollars pour maintenir la réponse.\n",
            "Los socios del RRP requieren 612 millones de dólares para sostener la respuesta.\n",
            "计划合作伙伴需要6.12亿美元来维持应对工作。\n",
            "El ministerio espera que los donantes financien los 20 millones de dólares que necesita.\n",
        ]
    )
}
