import PlanDiagnostics

/// `language.agency-staffing`.
enum AgencyStaffingRule {
    static let description = Rule(
        id: RuleID(LanguageRule.agencyStaffing.rawValue),
        severity: .warning,
        summary: "One agency's staff, offices or internal priorities are described",
        explanation: """
            How many staff one agency has, where its offices are and what its internal priorities \
            are belong in that agency's documents, not in a joint plan. The rule flags an agency \
            that has or counts staff ("UNHCR now has 60 protection staff", "l'OIM compte 40 \
            agents", "el ACNUR cuenta con doce oficiales", "难民署拥有200名员工") and an \
            agency's workforce or priorities as a noun ("les effectifs du HCR", "UNHCR's \
            priorities", "a top priority for UNICEF", "una prioridad para la OIM", \
            "是难民署的优先事项") or as a predicate ("le PAM donne la priorité aux", "el PMA \
            dará prioridad a", "IOM is prioritizing"). Describe the response's capacity and \
            priorities instead ("partners have deployed 60 protection staff", "partners will \
            prioritize").
            """,
        triggering: [
            "## Response strategy\n\nUNHCR now has 60 protection staff across the three border provinces.\n",
            "Les effectifs du HCR au Tchad passeront de 200 à 260 agents.\n",
            "La oficina del ACNUR en Tapachula contará con doce nuevos oficiales de protección.\n",
            "难民署在东部拥有200名员工。\n",
            "## Response strategy\n\nRapid registration of new arrivals is a top priority for UNHCR.\n",
            "Le PAM donne la priorité aux ménages dirigés par des femmes.\n",
            "La protección de los niños no acompañados es una prioridad para la OIM.\n",
            "为新抵达者登记是难民署的首要优先事项。\n",
        ],
        nonTriggering: [
            "## Response strategy\n\nProtection partners have deployed 60 staff across the three border provinces.\n",
            "Les partenaires du RRP comptent 260 agents de protection au Tchad.\n",
            "Los socios del RRP cuentan con doce oficiales de protección en Tapachula.\n",
            "计划合作伙伴在东部共有200名工作人员。\n",
            "## Response strategy\n\nRapid registration of new arrivals is a top priority for RRP partners.\n",
            "Les partenaires du RRP donnent la priorité aux ménages dirigés par des femmes.\n",
            "La protección de los niños no acompañados es una prioridad para los socios del RRP.\n",
            "为新抵达者登记是计划合作伙伴的首要优先事项。\n",
        ]
    )
}
