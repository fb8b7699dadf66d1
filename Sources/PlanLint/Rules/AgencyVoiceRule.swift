import PlanDiagnostics

/// `language.agency-voice`.
enum AgencyVoiceRule {
    static let description = Rule(
        id: RuleID(LanguageRule.agencyVoice.rawValue),
        severity: .warning,
        summary: "A sentence reads as one agency's own account",
        explanation: """
            Real plans put one agency's own account into a joint plan in more ways than any list \
            of constructions holds. When a sentence names one agency as the subject, on its own \
            (not with partners or a government, not as a source of data or the addressee of \
            someone else's appeal), and none of the other rules reads it, a statistical model \
            weighs its words and word pairs, its language and its section: a logistic regression \
            trained on labelled sentences from published plans, agency releases and news in \
            English, French, Spanish and Chinese, and on the project's own examples. The rule \
            reports the sentence when the model finds it at least 70% likely to be the agency's \
            own account ("WFP was quick to scale up after the floods", "Le PAM a été parmi les \
            premiers à arriver", "La OIM fue de las primeras en llegar", "对儿童基金会来说,冬季是\
            一年中最忙的季节"). A sentence that cites the agency as a source or names its role in \
            the plan reads as the plan's ("according to UNHCR", "coordinated by the Government \
            and UNHCR"). docs/lint.md ("The agency-voice model") says how the model was trained \
            and measured; Scripts/train-voice-model.py retrains it. Write what the response does \
            or needs with the partners as the subject.
            """,
        triggering: [
            "## Response strategy\n\nWFP was quick to scale up after the floods.\n",
            "## Response strategy\n\nLe PAM a été parmi les premiers à arriver après les inondations.\n",
            "## Response strategy\n\nLa OIM fue de las primeras en llegar cuando arribaron los botes.\n",
            "## Response strategy\n\n对儿童基金会来说,冬季是一年中最忙的季节。\n",
        ],
        nonTriggering: [
            "## Situation analysis\n\nAccording to UNHCR, 12,000 people crossed the border in March.\n",
            "## Situation analysis\n\nSelon les données du HCR, 12 000 personnes ont franchi la frontière en mars.\n",
            "## Coordination\n\nEl grupo de protección está coordinado por el Gobierno y ACNUR.\n",
            "## Situation analysis\n\n根据难民署的数据,三月有1.2万人越境。\n",
        ]
    )
}
