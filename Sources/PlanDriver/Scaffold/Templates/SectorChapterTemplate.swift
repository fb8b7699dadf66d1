/// `plan/NER/protection.md`: one sector chapter, with planning figures, locations,
/// assumptions, indicators and requirements whose sum matches the plan's headline.
enum SectorChapterTemplate {
    static let template = ScaffoldTemplate(path: "plan/NER/protection.md", text: """
        ---
        chapter: sector
        country: NER
        sector: protection
        population:
          refugees:
            planned: 120,000
            targeted: 95,000
            sex: female 54%, male 46%
            age: 0-4 17%, 5-11 21%, 12-17 14%, 18-59 43%, 60+ 5%
          host-community:
            targeted: 30,000
        locations: Diffa, Tillabéri
        assumptions:
          - The border remains open to people seeking safety.
          - Roads to host villages stay passable for most of the rainy season.
        indicators:
          - id: PRT-01
            name: Refugees registered on an individual basis
            outcome-area: OA1
            unit: percent
            baseline: 70%
            target: 95%
          - id: PRT-02
            name: Survivors of gender-based violence who receive specialised services
            outcome-area: OA4
            unit: percent
            baseline: 40%
            target: 75%
          - id: PRT-03
            name: Children at risk who are followed by case management
            outcome-area: OA5
            unit: people
            baseline: 1,200
            target: 4,000
        requirements:
          UNHCR: USD 4,200,000
          NRC: USD 1,300,000
          ALD: USD 500,000
        ---
        ## Situation analysis

        Protection risks are highest in host villages far from the main roads, where there are
        few services and little presence of partners. Many families arrived without documents.

        ## Needs and vulnerabilities

        Women and girls need safe access to water, firewood and markets, and survivors of
        gender-based violence need confidential care close to where they live. Unaccompanied and
        separated children need family tracing, interim care and a place in school.

        ## Planned response

        RRP partners will run mobile registration in host villages, train community focal points
        to refer survivors to health and psychosocial services, and set up child-friendly spaces
        with trained staff from the communities themselves.

        """)
}
