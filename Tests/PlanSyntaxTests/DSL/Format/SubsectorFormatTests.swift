import PlanSyntax
import Testing

/// `rrp fmt` on the block form of `subsectors:`.
@Suite struct SubsectorFormatTests {
    static let messy = """
    ---
    plan: Plan régional
    type: regional
    period: 2026-01 to 2026-12
    version: launch
    language: fr
    countries: TCD
    sectors:
        protection:
            name: Protection
            subsectors:
                    # names as published
                    gbv:    Violences basées sur le genre (VBG)   
                    child-protection: "Protection de l'enfance"   # ASE
            outcome-areas: OA1,OA4
    partners:
      UNHCR:
        name: HCR
        type: un
    ---
    # Aperçu

    """

    static let canonical = """
    ---
    plan: Plan régional
    type: regional
    period: 2026-01 to 2026-12
    version: launch
    language: fr
    countries: TCD
    sectors:
      protection:
        name: Protection
        subsectors:
          # names as published
          gbv: Violences basées sur le genre (VBG)
          child-protection: "Protection de l'enfance" # ASE
        outcome-areas: OA1, OA4
    partners:
      UNHCR:
        name: HCR
        type: un
    ---
    # Aperçu

    """

    @Test func blockFormBecomesCanonicalAndStaysSo() throws {
        #expect(FormatterTests.formatted(Self.messy) == Self.canonical)
        let again = FrontMatterFormatter.format(FormatterTests.chapter(Self.canonical))
        #expect(!again.changed)
        #expect(again.bytes.map { String(decoding: $0, as: UTF8.self) } == Self.canonical)
    }

    @Test func formattingKeepsTheNames() throws {
        try FormatterInvariants.check(Self.messy)
        try FormatterInvariants.check(Self.canonical)
    }
}

/// `rrp fmt` on names given per language.
@Suite struct TranslatedNameFormatTests {
    static let messy = "---\nplan:\n    en:   Regional plan  \n    fr: Plan régional\ntype: regional\nperiod: 2026-01 to 2026-12\nversion: launch\n"
        + "language: en\ncountries: TCD\nsectors:\n  protection:\n    name:\n          en: Protection\n          fr:   Protection   # même nom\n"
        + "    subsectors:\n      gbv:\n         en: GBV\n         fr: VBG\npartners:\n  UNHCR:\n    name: UNHCR\n    type: un\n---\n# Overview\n"
    static let canonical = "---\nplan:\n  en: Regional plan\n  fr: Plan régional\ntype: regional\nperiod: 2026-01 to 2026-12\nversion: launch\n"
        + "language: en\ncountries: TCD\nsectors:\n  protection:\n    name:\n      en: Protection\n      fr: Protection # même nom\n"
        + "    subsectors:\n      gbv:\n        en: GBV\n        fr: VBG\npartners:\n  UNHCR:\n    name: UNHCR\n    type: un\n---\n# Overview\n"

    @Test func blocksOfNamesBecomeCanonicalAndStaySo() throws {
        #expect(FormatterTests.formatted(Self.messy) == Self.canonical)
        #expect(!FrontMatterFormatter.format(FormatterTests.chapter(Self.canonical)).changed)
        try FormatterInvariants.check(Self.messy)
    }
}
