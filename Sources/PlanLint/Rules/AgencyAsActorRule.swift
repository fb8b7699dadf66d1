import PlanDiagnostics

/// `language.agency-as-actor`.
enum AgencyAsActorRule {
    static let description = Rule(
        id: RuleID(LanguageRule.agencyAsActor.rawValue),
        severity: .warning,
        summary: "An agency is named as the actor of the response",
        explanation: """
            An RRP speaks for all partners: what the response will do is done by RRP partners, \
            not by one agency. The rule flags an agency name or acronym used as the subject of a \
            future or action verb ("UNHCR will provide", "IOM's teams will transport", "le HCR \
            assurera", "el ACNUR brindará", "难民署将"), including past achievements ("WFP \
            distributed"). It leaves alone coordination roles (leads, co-chairs, convenes, serves \
            as; support roles in coordination sections), agencies named after a preposition \
            ("with the support of UNHCR"), joint subjects with other partners ("UNHCR, IOM and \
            NGO partners will"), agency names used as modifiers of what is acted on ("Two WFP \
            trucks were delayed"; its staff, assets or assistance acting are the agency acting: \
            "WFP food assistance will reach"), quotations \
            (except one the sentence attributes to the agency or its official: "\"IOM will open \
            two transit centres,\" said the IOM spokesperson"; a quoted agency official speaks \
            for one agency), citations and credits. Rewrite with "RRP partners" or the sector's partners.
            """,
        triggering: [
            "## Response strategy\n\nUNHCR will distribute core relief items to 30,000 households.\n",
            "IOM's teams will transport new arrivals to the transit centre.\n",
            "Last year, WFP distributed food to 80,000 refugees.\n",
            "WFP food assistance will reach 300,000 refugees in the camps.\n",
            "Le HCR assurera l'enregistrement des nouveaux arrivants.\n",
            "El ACNUR brindará asistencia legal en la frontera.\n",
            "难民署将为新抵达的家庭提供住所。\n",
            "Le HCR est intervenu dans les camps pour distribuer des abris.\n",
            "\"IOM will open two more transit centres in Renk,\" said the IOM spokesperson.\n",
            "« Le HCR distribuera des abris aux nouveaux arrivants », a déclaré la représentante du HCR.\n",
            "“ACNUR entregará kits de higiene en los albergues”, señaló la portavoz de ACNUR.\n",
            "难民署发言人表示：「难民署将为新抵达的家庭提供住所。」\n",
        ],
        nonTriggering: [
            "## Coordination\n\nThe Protection Working Group is co-chaired by UNHCR and NRC.\n",
            "## Coordination\n\nUNHCR and IOM will continue to co-lead the regional platform.\n",
            "The response is led by the Government, with the support of UNHCR and IOM.\n",
            "RRP partners will distribute core relief items to 30,000 households.\n",
            "Les partenaires du RRP distribueront des articles de première nécessité à 30 000 ménages.\n",
            "Au titre de son mandat, le HCR assure la protection internationale des réfugiés.\n",
            "Los socios del RRP brindarán asistencia legal en la frontera.\n",
            "Tanto el ACNUR como la OIM prestan asistencia a los recién llegados en la frontera.\n",
            "UNHCR, IOM, UNICEF and NGO partners will jointly run the reception desks.\n",
            "Women and girls who care for persons with disabilities will receive support.\n",
            "Two WFP trucks were delayed at the border for six hours.\n",
            "> UNHCR will distribute tents, the minister said.\n",
            "Source: UNHCR, registration data, 2026.\n",
            "`UNHCR will distribute` is the phrase to avoid.\n",
            "## 协调安排\n\n应对工作由东道国政府主导，联合国难民署和国际移民组织提供支持。\n",
            "\"IOM will open two more transit centres in Renk,\" said a refugee leader.\n",
            "« Le HCR distribuera des abris aux nouveaux arrivants », a déclaré le ministre.\n",
            "“ACNUR entregará kits de higiene en los albergues”, contó una refugiada.\n",
            "一名难民说：「难民署将为新抵达的家庭提供住所。」\n",
        ]
    )
}
