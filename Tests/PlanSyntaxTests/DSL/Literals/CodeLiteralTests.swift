import PlanModel
@testable import PlanSyntax
import Testing

@Suite struct CodeLiteralTests {
    static func bytes(_ s: String) -> LiteralBytes { Array(s.utf8)[...] }

    @Test(arguments: [("NO", "NOR"), ("tcd", "TCD"), ("TD", "TCD"), ("CM", "CMR"), ("CMX", "CMR"), ("Chad", "TCD")])
    func countryCodeSuggestions(written: String, suggested: String) {
        guard case .failure(let f) = CountryCodeLiteral.parse(Self.bytes(written)) else { Issue.record(); return }
        #expect(f.rule.id == "dsl.invalid-country-code")
        #expect(f.replacement?.text == suggested)
        if written == "NO" { #expect(f.summary == "Expected an ISO 3166-1 alpha-3 code; did you mean NOR?") }
    }

    @Test func everyBuiltInCodeIsAccepted() {
        for code in ISO3166.names.keys {
            guard case .value(let c, _) = CountryCodeLiteral.parse(Self.bytes(code)) else { Issue.record("\(code)"); continue }
            #expect(c.code == code)
        }
    }

    @Test func everyAlpha2CodeMapsToAnAssignedAlpha3Code() {
        #expect(ISO3166Alpha2.alpha3.count == ISO3166.names.count)
        #expect(ISO3166Alpha2.alpha3.values.allSatisfy(ISO3166.isAssigned))
    }

    @Test(arguments: [("TCD", ChapterPlace.country(CountryCode("TCD"))), ("regional", .regional), ("southern-cone", .subRegion("southern-cone")),
                      ("sahel", .subRegion("sahel"))])
    func places(text: String, place: ChapterPlace) {
        guard case .value(let p, _) = PlaceLiteral.parse(Self.bytes(text)) else { Issue.record(); return }
        #expect(p == place)
    }

    @Test(arguments: ["NO", "tcd", "Southern Cone", "ABC"])
    func rejectedPlaces(text: String) {
        guard case .failure(let f) = PlaceLiteral.parse(Self.bytes(text)) else { Issue.record("accepted \(text)"); return }
        #expect(f.rule.id == "dsl.invalid-country-code")
    }

    @Test func identifiers() {
        guard case .value = IdentifierLiteral.slug(Self.bytes("child-protection")) else { Issue.record(); return }
        guard case .failure(let f) = IdentifierLiteral.slug(Self.bytes("Child Protection")) else { Issue.record(); return }
        #expect(f.replacement?.text == "child-protection")
        for bad in ["a--b", "-a", "a-", "a_b"] {
            guard case .failure = IdentifierLiteral.slug(Self.bytes(bad)) else { Issue.record("\(bad)"); continue }
        }
        for good in ["UNHCR", "PRT-01", "OA1", "language.agency-voice", "MSF_OCB"] {
            guard case .value = IdentifierLiteral.code(Self.bytes(good)) else { Issue.record("\(good)"); continue }
        }
    }

    @Test func flagsAndChoices() {
        guard case .failure(let t) = FlagLiteral.parse(Self.bytes("true")) else { Issue.record(); return }
        #expect(t.replacement?.text == "yes")
        guard case .failure(let no) = FlagLiteral.parse(Self.bytes("No")) else { Issue.record(); return }
        #expect(no.replacement?.text == "no")
        guard case .failure(let c) = ChoiceLiteral.parse(Self.bytes("redcross"), choices: PartnerType.allCases.map(\.rawValue), what: "a partner type") else { Issue.record(); return }
        #expect(c.replacement?.text == "red-cross")
    }

    @Test func nearMisses() {
        #expect(NearMiss.suggestion(for: "requirment", in: ChapterKeys.sector) == "requirements")
        #expect(NearMiss.suggestion(for: "Sector", in: ChapterKeys.sector) == "sector")
        #expect(NearMiss.suggestion(for: "indicatros", in: ChapterKeys.sector) == "indicators")
        #expect(NearMiss.suggestion(for: "zzz", in: ChapterKeys.sector) == nil)
    }

    @Test func demographics() {
        guard case .value(let age, let c) = DemographicsLiteral.age(Self.bytes("0-4 18%,5-11 20%, 60+ 5%")) else { Issue.record(); return }
        #expect(age.count == 3)
        #expect(c == "0-4 18%, 5-11 20%, 60+ 5%")
        guard case .value(let sex, let c2) = DemographicsLiteral.sex(Self.bytes("male 44%, female 56%")) else { Issue.record(); return }
        #expect(sex.female.value == 56)
        #expect(c2 == "female 56%, male 44%")
        for bad in ["female 56%, female 44%", "female 56%", "woman 56%, male 44%", "female 156%, male 44%"] {
            guard case .failure(let f) = DemographicsLiteral.sex(Self.bytes(bad)) else { Issue.record("\(bad)"); continue }
            #expect(f.rule.id == "dsl.invalid-sex-split")
        }
        for bad in ["0-4 18%, 3-11 20%", "4-0 18%", "0-4", "60+ 5%, 0-4 18%"] {
            guard case .failure(let f) = DemographicsLiteral.age(Self.bytes(bad)) else { Issue.record("\(bad)"); continue }
            #expect(f.rule.id == "dsl.invalid-age-breakdown")
        }
    }
}
