import PlanRender
import Testing

/// Fields a spreadsheet would run as formulas (OWASP "CSV Injection") get a leading `'`, in the
/// one CSV writer; numbers stay numbers.
@Suite struct CSVInjectionTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", #""'=HYPERLINK(""http://x"",""y"")""#),
        ("+1+2", #""'+1+2""#),
        ("-1+2", #""'-1+2""#),
        ("@SUM(A1)", #""'@SUM(A1)""#),
        ("\tTab", "\"'\tTab\""),
        ("\rReturn", "\"'\rReturn\""),
        ("-", #""'-""#),
        ("-Lac", #""'-Lac""#),
    ])
    func formulaFieldsAreNeutralised(field: String, written: String) {
        #expect(CSVField.quote(field) == written)
    }

    @Test(arguments: ["-12", "-3.5", "0", "45200000", "12.5", "Lac-Tchad", "A = B", "", "#org+name"])
    func numbersAndTextStayAsTheyAre(field: String) {
        #expect(CSVField.quote(field) == field)
    }

    @Test func aRecordNeutralisesEachField() {
        #expect(CSVField.record(["=1", "-1", "x,y"]) == "\"'=1\",-1,\"x,y\"\r\n")
    }
}
