/// `plan/NER/country.md`: the country chapter of the scaffolded plan.
enum CountryChapterTemplate {
    static let template = ScaffoldTemplate(path: "plan/NER/country.md", text: """
        ---
        chapter: country
        country: NER
        ---
        ## Situation analysis

        Since early 2025, families fleeing insecurity have crossed into the Diffa and Tillabéri
        regions. Most of them live in host villages rather than in sites, which spreads the need
        across many small communities that are hard to reach in the rainy season.

        ## Needs and vulnerabilities

        Registration backlogs leave many families without documents, which limits their freedom
        of movement and their access to services. Women and girls report risks on the way to
        water points and markets. Children out of school are exposed to recruitment and child
        labour. Host households have taken in relatives and strangers alike, and their food stocks
        are running low.

        ## Response strategy and priorities

        RRP partners will register new arrivals on an individual basis, expand services for
        survivors of gender-based violence, and strengthen community-based child protection.
        Wherever possible, services will be delivered through national systems and local
        organizations, so that refugees and hosts use the same health posts and schools.

        ## Partnership and coordination

        The country refugee coordination group is co-chaired by the Ministry of the Interior and
        UNHCR. National NGOs and refugee-led organizations take part in every working group, and a
        protection working group coordinates the response in the two regions.

        """)
}
