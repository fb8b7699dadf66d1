import PlanDiagnostics

/// `language.self-promotion`.
enum SelfPromotionRule {
    static let description = Rule(
        id: RuleID(LanguageRule.selfPromotion.rawValue),
        severity: .warning,
        summary: "An agency is praised or promoted",
        explanation: """
            Superlatives about one agency ("the world's leading agency", "unmatched expertise", \
            "le mieux placé", "experiencia única", "全球领先") turn a joint plan into one \
            agency's advocacy. The rule flags a self-promotion phrase in a sentence that names \
            an agency. State facts about the response instead.
            """,
        triggering: [
            "As the world's leading agency for refugees, UNHCR is uniquely placed to lead this response.\n",
            "Fort de soixante-dix ans d'expérience, le HCR est le mieux placé pour agir.\n",
            "Gracias a la experiencia única de UNICEF, la respuesta será un éxito.\n",
            "作为全球领先的难民机构，联合国难民署最有能力领导此次应对。\n",
        ],
        nonTriggering: [
            "Thanks to the generosity of donors, the plan was 60 per cent funded.\n",
            "Partners bring years of experience in refugee emergencies.\n",
            "Les partenaires apportent des années d'expérience des urgences humanitaires.\n",
            "Los socios aportan años de experiencia en emergencias de refugiados.\n",
            "各合作伙伴在难民紧急情况方面拥有多年经验。\n",
        ]
    )
}
