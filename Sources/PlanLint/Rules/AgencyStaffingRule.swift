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
            priorities"). Describe the response's capacity instead ("partners have deployed 60 \
            protection staff").
            """,
        triggering: [
            "## Response strategy\n\nUNHCR now has 60 protection staff across the three border provinces.\n",
            "Les effectifs du HCR au Tchad passeront de 200 à 260 agents.\n",
            "La oficina del ACNUR en Tapachula contará con doce nuevos oficiales de protección.\n",
            "难民署在东部拥有200名员工。\n",
        ],
        nonTriggering: [
            "## Response strategy\n\nProtection partners have deployed 60 staff across the three border provinces.\n",
            "Les partenaires du RRP comptent 260 agents de protection au Tchad.\n",
            "Los socios del RRP cuentan con doce oficiales de protección en Tapachula.\n",
            "计划合作伙伴在东部共有200名工作人员。\n",
        ]
    )
}
