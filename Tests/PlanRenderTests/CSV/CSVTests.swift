import Foundation
import PlanRender
import TestSupport
import Testing

@Suite struct CSVTests {
    static func rows(_ csv: String) -> [String] { csv.components(separatedBy: "\r\n").filter { !$0.isEmpty } }

    @Test func requirementsAddUpToThePlanTotalAndKeepOnlyAppealingPartners() throws {
        let csv = try RenderFixture.render([.csv])
        let lines = Self.rows(csv["requirements.csv"]!)
        #expect(lines[0] == "Plan,Country code,Country,Sector code,Sector,Partner,Partner name,Partner type,Year,Required (USD)")
        #expect(lines[1] == "#activity+appeal+name,#country+code,#country+name,#sector+code,#sector+name,#org+acronym,#org+name,#org+type,#date+year,#value+funding+required+usd")
        let amounts = lines.dropFirst(2).map { Int64($0.split(separator: ",").last!)! }
        #expect(amounts.reduce(0, +) == RenderFixture.plan.consolidation.total)
        #expect(!lines.contains { $0.contains("PARTNERX") })
    }

    @Test func fieldsWithCommasAndQuotesAreQuotedPerRFC4180() throws {
        let csv = try RenderFixture.render([.csv])["requirements.csv"]!
        #expect(csv.contains(#","Acme <script>alert(""x"")</script> Relief, ""Local"" & Co",nngo,"#))
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func noHXLDropsTheHashtagRowOnly() throws {
        let with = try RenderFixture.render([.csv])
        let without = try RenderFixture.render(RenderOptions(formats: [.csv], hxl: false))
        for name in ["requirements.csv", "planning-figures.csv", "indicators.csv"] {
            var expected = Self.rows(with[name]!)
            #expect(expected[1].hasPrefix("#"))
            expected.remove(at: 1)
            #expect(Self.rows(without[name]!) == expected)
        }
    }

    @Test func planningFiguresBreakDownBySexAndAge() throws {
        let lines = Self.rows(try RenderFixture.render([.csv])["planning-figures.csv"]!)
        #expect(lines[1].contains("#targeted+f,#targeted+m,#targeted+age0_4"))
        #expect(lines[1].contains("#population+age60plus"))
        let chapter = lines.first { $0.contains(",TCD,Chad,chapter,protection,,refugees,") }!
        // 450,000 targeted, 55% female; 600,000 planned, 18% aged 0-4.
        #expect(chapter.contains(",600000,,450000,247500,202500,81000,"))
    }

    @Test func indicatorsArePlainNumbers() throws {
        let lines = Self.rows(try RenderFixture.render([.csv])["indicators.csv"]!)
        #expect(lines.contains { $0.hasSuffix(",PRT-01,Refugees registered individually,OA1,percent,60,95") })
        #expect(lines.contains { $0.hasSuffix(",EDU-01,Refugee children enrolled in primary school,OA11,people,40000,65000") })
        #expect(lines.contains { $0.contains(",protection,Protection,gbv,GBV-01,") })
    }

    /// Validates every CSV with `hxlvalidate` (``HXLValidate``).
    @Test(.enabled(if: HXLValidate.tool != nil, "hxlvalidate not found: python3 -m pip install libhxl six"))
    func hxlvalidateAcceptsEveryFile() throws {
        let tool = try #require(HXLValidate.tool)
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for (name, text) in try RenderFixture.render([.csv]) {
            let path = try dir.write(name, text)
            let result = try HXLValidate.run(tool, ["-e", "error", path])
            #expect(result.status == 0, "\(name): \(result.output)")
            #expect(result.output.contains("0 error(s)"), "\(name): \(result.output)")
        }
        // The validator does fail on a bad value, so the check above can fail.
        let bad = try dir.write("bad.csv", "a,b\r\n#country+code,#value+funding+required+usd\r\nTCD,lots\r\n")
        #expect(try HXLValidate.run(tool, ["-e", "error", bad]).status != 0)
    }
}

extension RenderFixture {
    /// Renders only `formats`.
    static func render(_ formats: Set<OutputFormat>) throws -> [String: String] {
        try render(RenderOptions(formats: formats))
    }
}
