/// `plan/plan.md`: the plan file (registries of countries, sectors and partners, the headline)
/// and the regional overview. Illustrative figures, to be replaced by the plan's own.
enum PlanFileTemplate {
    static let template = ScaffoldTemplate(path: "plan/plan.md", text: """
        ---
        plan: Illustrative Regional Refugee Response Plan
        type: regional
        period: 2026-01-01 to 2026-12-31
        version: launch
        language: en
        illustrative: yes
        countries: NER
        sectors:
          protection:
            name: Protection
            outcome-areas: OA1, OA4, OA5
        partners:
          UNHCR:
            name: United Nations High Commissioner for Refugees
            type: un
          NRC:
            name: Norwegian Refugee Council
            type: ingo
          ALD:
            name: Association Locale pour le Développement
            type: nngo
            local: yes
        headline:
          requirements: USD 6 million
          partners: 3
        ---
        # Regional overview

        This plan is a starting point made by `rrp init`. Its figures are illustrative: replace
        them, and the prose, with the plan's own before anyone reads it as a real response.

        ## Situation analysis

        Insecurity in neighbouring areas has pushed families across the border since early 2025.
        Most new arrivals are women and children. They settle among host communities whose own
        access to water, health care and schooling was already stretched before the influx.

        ## Needs and vulnerabilities

        New arrivals need registration and documentation, safe shelter and access to basic
        services. Survivors of gender-based violence and unaccompanied children face the highest
        risks, and host households share scarce resources with the families they receive.

        ## Strategic objectives

        1. Refugees can reach safety, are registered and hold documents.
        2. People at heightened risk, including survivors of gender-based violence and children,
           receive specialised protection services.
        3. Host communities and refugees gain fair access to services and livelihoods.

        ## Regional working groups and sector arrangements

        A regional protection working group, with task forces on gender-based violence and child
        protection, brings together the sector coordinators of each country. It agrees on common
        standards, reviews the sector chapters and follows the indicators of the monitoring
        framework.

        ## Financial requirements

        RRP partners appeal for the amounts in the sector chapters; the compiled plan adds them up
        by country, sector and partner.

        ## Coordination arrangements

        The response is led by the Government with the support of UNHCR, and coordinated through
        a regional refugee coordination forum that brings together UN agencies, international and
        national NGOs and refugee-led organizations. Sector working groups meet monthly in each
        country and report to the forum.

        """)
}
