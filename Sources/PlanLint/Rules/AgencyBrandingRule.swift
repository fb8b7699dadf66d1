import PlanDiagnostics

/// `language.agency-branding`.
enum AgencyBrandingRule {
    static let description = Rule(
        id: RuleID(LanguageRule.agencyBranding.rawValue),
        severity: .warning,
        summary: "An agency's own programme, platform or strategy is promoted",
        explanation: """
            A plan describes what partners do together, not one agency's branded programmes, \
            tools or corporate strategies. The rule flags an agency's possessive followed by a \
            programme word or a proper name ("WFP's Cash for Dignity programme", "UNHCR's Blue \
            Dot hubs", "IOM's regional strategy"), an English name before plain nouns and a \
            programme word ("the UNHCR cash programme"), and the French, Spanish and Chinese forms \
            ("le programme ... du PAM", "el programa ... del PMA", "国际移民组织的...项目"). \
            Describe the activity instead ("cash assistance", "protection and support hubs").
            """,
        triggering: [
            "WFP's Cash for Dignity programme will reach urban refugees.\n",
            "Refugees in Adré are enrolled in the WFP school meals programme.\n",
            "UNHCR's Blue Dot hubs remain the entry point for referrals.\n",
            "Le programme de cantines scolaires du PAM sera étendu.\n",
            "El programa «Manos Unidas» del PMA llegará a 40.000 familias.\n",
            "国际移民组织的“安全之路”项目将提供交通援助。\n",
        ],
        nonTriggering: [
            "The cash programme agreed by the Cash Working Group will reach urban refugees.\n",
            "The Government cash programme will cover 12,000 households.\n",
            "According to UNHCR's Global Trends report, displacement rose again.\n",
            "UNHCR's registration data show that most new arrivals are children.\n",
            "Selon les données d'enregistrement du HCR, la plupart des nouveaux arrivants sont des enfants.\n",
            "Según los datos de registro del ACNUR, la mayoría de los recién llegados son niños.\n",
            "根据难民署的登记数据，大多数新抵达者是儿童。\n",
        ]
    )
}
