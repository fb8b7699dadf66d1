import Foundation
import PlanCompiler
import PlanModel
import PlanRender
import TestSupport
import Testing

@Suite struct CSVTests {
    static func rows(_ csv: String) -> [String] { csv.components(separatedBy: "\r\n").filter { !$0.isEmpty } }

    @Test func requirementsAddUpToThePlanTotalAndKeepOnlyAppealingPartners() throws {
        let csv = try RenderFixture.render([.csv])
        let lines = Self.rows(csv["requirements.csv"]!)
        #expect(lines[0] == "Plan,Country code,Country,Region code,Region,Sector code,Sector,Partner,Partner name,Partner type,Year,Required (USD)")
        #expect(lines[1] == "#activity+appeal+name,#country+code,#country+name,#region+code,#region+name,#sector+code,#sector+name,#org+acronym,#org+name,#org+type,#date+year,#value+funding+required+usd")
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
        for name in ["requirements.csv", "planning-figures.csv", "planning-figures-chapters.csv", "indicators.csv"] {
            var expected = Self.rows(with[name]!)
            #expect(expected[1].hasPrefix("#"))
            expected.remove(at: 1)
            #expect(Self.rows(without[name]!) == expected)
        }
    }

    @Test func planningFiguresBreakDownBySexAndAge() throws {
        let lines = Self.rows(try RenderFixture.render([.csv])["planning-figures-chapters.csv"]!)
        #expect(lines[1].contains("#targeted+f,#targeted+m,#targeted+age0_4"))
        #expect(lines[1].contains("#population+age60plus"))
        let chapter = lines.first { $0.contains(",TCD,Chad,,,protection,,refugees,") }!
        // 450,000 targeted, 55% female; 600,000 planned, 18% aged 0-4.
        #expect(chapter.contains(",600000,,450000,247500,202500,81000,"))
    }

    @Test func indicatorsArePlainNumbers() throws {
        let lines = Self.rows(try RenderFixture.render([.csv])["indicators.csv"]!)
        #expect(lines.contains { $0.hasSuffix(",PRT-01,Refugees registered individually,OA1,percent,60,95") })
        #expect(lines.contains { $0.hasSuffix(",EDU-01,Refugee children enrolled in primary school,OA11,people,40000,65000") })
        #expect(lines.contains { $0.contains(",protection,Protection,gbv,GBV-01,") })
    }

    /// A column of a file adds up to the plan's figure: the place file has one level only (the
    /// chapter figures are in their own file), and the regional level, left out of the plan's
    /// totals, is not in it.
    @Test func placeFiguresAddUpToThePlansFigures() throws {
        for (folder, plan) in [("Samples/lake-basin-rrp", Self.sample), (RenderFixture.folder, RenderFixture.plan)] {
            let csv = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.csv])).render(plan)
            let file = try #require(csv.first { $0.name == "planning-figures.csv" })
            let lines = Self.rows(String(decoding: file.bytes, as: UTF8.self))
            let header = lines[1].split(separator: ",", omittingEmptySubsequences: false)
            let planned = try #require(header.firstIndex(of: "#population")), targeted = try #require(header.firstIndex(of: "#targeted"))
            func sum(_ column: Int) -> Int {
                lines.dropFirst(2).map { $0.split(separator: ",", omittingEmptySubsequences: false) }.reduce(0) { $0 + (Int($1[column]) ?? 0) }
            }
            #expect(sum(planned) == plan.consolidation.population.reduce(0) { $0 + $1.planned }, "\(folder)")
            #expect(sum(targeted) == plan.consolidation.population.reduce(0) { $0 + $1.targeted }, "\(folder)")
            #expect(sum(planned) > 0)
        }
    }

    /// `#country+code` holds ISO 3166 alpha-3 codes only; the regional level and sub-regions are
    /// in `#region+code`.
    @Test func countryCodesAreISOCodesOnly() throws {
        let files = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.csv])).render(Self.sample)
        var regionCodes: Set<String> = []
        for file in files {
            let lines = Self.rows(String(decoding: file.bytes, as: UTF8.self))
            let header = lines[1].split(separator: ",", omittingEmptySubsequences: false)
            let country = try #require(header.firstIndex(of: "#country+code")), region = try #require(header.firstIndex(of: "#region+code"))
            for line in lines.dropFirst(2) {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                #expect(fields[country].isEmpty || (fields[country].count == 3 && fields[country].allSatisfy(\.isUppercase)), "\(file.name): \(line)")
                #expect(fields[country].isEmpty != fields[region].isEmpty, "\(file.name): \(line)")
                if !fields[region].isEmpty { regionCodes.insert(String(fields[region])) }
            }
        }
        #expect(regionCodes == ["regional"])
    }

    static let sample: Plan = PlanCompiler.compile(directory: PackagePaths.path("Samples/lake-basin-rrp")).plan!

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
