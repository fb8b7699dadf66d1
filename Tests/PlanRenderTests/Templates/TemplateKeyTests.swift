@testable import PlanRender
import Testing

/// Template objects are keyed by ``TemplateKey``: a key written as a literal in the document
/// model and the same name read from a template (a runtime string) must find each other.
@Suite struct TemplateKeyTests {
    @Test func aLiteralAndTheSameNameMadeAtRunTimeAreOneKey() {
        let literal: TemplateKey = "otherLanguageNote"
        let made = TemplateKey(String("otherLanguage") + "Note")
        #expect(literal == made)
        #expect(literal.hashValue == made.hashValue)
        #expect(literal.description == "otherLanguageNote")
        #expect(TemplateKey("total") != TemplateKey("totals"))
        #expect(TemplateKey("") == "")
        #expect(TemplateKey("Réfugiés") == "Réfugiés")
    }

    /// Every key of a large object (as large as the labels) is found by a name made at run time,
    /// and a name it does not hold is not.
    @Test func aLargeObjectFindsEveryNameAndNoOther() {
        let names = (0..<500).map { "label\($0)" } + ["a", "hasText", "requirementsByPartnerAndCountry"]
        let value = TemplateValue.object(Dictionary(uniqueKeysWithValues: names.map { (TemplateKey($0), TemplateValue.text($0)) }))
        for name in names { #expect(value.child(name) == .text(name)) }
        #expect(value.child("label500") == nil)
        #expect(value.child("hastext") == nil)
        let literal: TemplateValue = ["hasText": true, "title": "T"]
        #expect(literal.child(String("has") + "Text") == .bool(true))
    }
}
