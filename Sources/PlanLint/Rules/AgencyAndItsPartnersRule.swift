import PlanDiagnostics

/// `language.agency-and-its-partners`.
enum AgencyAndItsPartnersRule {
    static let description = Rule(
        id: RuleID(LanguageRule.agencyAndItsPartners.rawValue),
        severity: .warning,
        summary: "One agency is put above the other partners",
        explanation: """
            "UNHCR and its partners", "IOM, with its implementing partners", "UNICEF and \
            partners", "UNHCR and partner agencies", "le HCR et son partenaire ADES" make the \
            other appealing partners \
            subordinates of one agency. In an RRP \
            all partners are equal: write "RRP partners". Lists of several agencies and partners \
            ("UNHCR, IOM and NGO partners") are left alone.
            """,
        triggering: [
            "UNHCR and its partners will scale up protection monitoring.\n",
            "IOM, with its implementing partners, will run the transit centres.\n",
            "UNICEF and partners will provide safe water to 150,000 people.\n",
            "Le HCR et ses partenaires renforceront le monitoring de protection.\n",
            "El ACNUR y sus socios ampliarán la asistencia en efectivo.\n",
            "难民署及其合作伙伴将加强边境监测。\n",
            "Le HCR et son partenaire de mise en œuvre ADES ont renforcé la sensibilisation.\n",
            "UNHCR and partner agencies launched an appeal for the new arrivals.\n",
            "ACNUR y las organizaciones socias distribuirán kits de higiene.\n",
        ],
        nonTriggering: [
            "The response is led by the Government with the support of UNHCR, IOM and partners.\n",
            "UNHCR, IOM, UNICEF and NGO partners will jointly run the reception desks.\n",
            "La réponse est conduite par le Gouvernement avec l'appui du HCR, de l'OIM et des partenaires.\n",
            "El ACNUR, la OIM, UNICEF y las ONG socias gestionarán conjuntamente los centros de recepción.\n",
            "难民署、国际移民组织、儿基会和非政府组织伙伴将共同管理接待点。\n",
            "Le projet est mené avec le HCR et son partenaire ADES.\n",
            "UNHCR and other UN agencies will distribute core relief items.\n",
        ]
    )
}
