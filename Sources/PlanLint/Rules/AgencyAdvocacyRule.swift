import PlanDiagnostics

/// `language.agency-advocacy`.
enum AgencyAdvocacyRule {
    static let description = Rule(
        id: RuleID(LanguageRule.agencyAdvocacy.rawValue),
        severity: .warning,
        summary: "One agency speaks in its own voice of concern or advocacy",
        explanation: """
            A plan's concerns and calls are those of all partners. The rule flags an agency that \
            is concerned, alarmed or worried, or that urges, calls on, appeals to, welcomes, \
            condemns or warns ("UNHCR is deeply concerned", "IOM urges States", "le HCR se dit \
            préoccupé", "el ACNUR insta", "难民署呼吁各国"), including in reported speech \
            ("UNICEF warned that ..."), and one that asks for support rather than money ("el \
            ACNUR solicita apoyo internacional"). A call for money is agency-funding; a source of data \
            ("UNHCR reported that 5,000 people arrived") is left alone. Write the concern or the \
            call as the plan's ("RRP partners call on ...").
            """,
        triggering: [
            "## Situation analysis\n\nUNHCR is deeply concerned about the rising number of pushbacks at the border.\n",
            "IOM urges all States to keep their borders open to people fleeing the conflict.\n",
            "Le HCR se dit vivement préoccupé par les refoulements à la frontière.\n",
            "El ACNUR insta a los Estados a garantizar el acceso al asilo.\n",
            "难民署呼吁各国保持边境开放。\n",
        ],
        nonTriggering: [
            "## Situation analysis\n\nRRP partners are concerned about the rising number of pushbacks at the border.\n",
            "UNHCR reported that 5,000 people crossed the border in March.\n",
            "Les partenaires du RRP appellent les États à garantir l'accès au territoire.\n",
            "Según el ACNUR, 3.000 personas cruzaron la frontera en marzo.\n",
            "据难民署统计，3月共有3000人越过边境。\n",
        ]
    )
}
