/// The three chapter files of the DSL issue, exactly as written there.
enum Samples {
    static let plan = """
    ---
    plan: Illustrative Lake Basin Regional Refugee Response Plan
    type: regional
    period: 2026-01-01 to 2026-12-31
    version: launch
    language: en
    countries: TCD, CMR, NER
    sectors:
      protection:
        name: Protection
        subsectors: gbv, child-protection
        outcome-areas: OA1, OA2, OA4, OA5
      education:
        name: Education
        outcome-areas: OA11
    partners:
      UNHCR:
        name: United Nations High Commissioner for Refugees
        type: un
      NRC:
        name: Norwegian Refugee Council
        type: ingo
      CRT:
        name: Croix-Rouge du Tchad
        type: red-cross
        local: yes
    headline:
      requirements: USD 49.25 million
      partners: 3
    ---
    # Regional overview

    """

    static let country = """
    ---
    chapter: country
    country: TCD
    language: fr
    ---
    ## Analyse de la situation

    """

    static let sector = """
    ---
    chapter: sector
    country: TCD
    sector: protection
    population:
      refugees:
        planned: 1,250,000
        targeted: 900,000
        sex: female 56%, male 44%
        age: 0-4 18%, 5-11 20%, 12-17 16%, 18-59 41%, 60+ 5%
      host-community:
        targeted: 300,000
    locations: Ouaddaï, Sila, Wadi Fira   # admin-1 names
    assumptions:
      - The border remains open to new arrivals.
      - Access to Wadi Fira holds during the rainy season.
    indicators:
      - id: PRT-01
        name: Refugees registered on an individual basis
        outcome-area: OA1
        unit: percent
        baseline: 62%
        target: 95%
    requirements:
      UNHCR: USD 45,200,000
      NRC: USD 3,450,000
      CRT: USD 600,000
    ---
    ## Situation analysis

    """

    /// The samples by golden-file name.
    static let all: [(name: String, text: String)] = [("plan", plan), ("country", country), ("sector", sector)]
}
