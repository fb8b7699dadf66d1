import Foundation
@testable import PlanRender
import Testing

/// The regional map: Natural Earth outlines, plan countries shaded by requirements with their
/// names and amounts, neighbours in grey, a legend that does not overlap, and the text
/// alternative.
@Suite struct RegionalMapTests {
    static func map(_ areas: [(String, String, Int64)], outlines: WorldOutlines = .shipped) -> RegionalMap {
        RegionalMap(
            id: "m", title: "Plan countries", summary: "Map.",
            areas: areas.map { .init(code: $0.0, name: $0.1, value: $0.2, valueText: "USD \($0.2 / 1_000_000) million") },
            range: { low, high in low == high ? "\(low / 1_000_000)" : "\(low / 1_000_000) – \(high / 1_000_000)" },
            notDrawn: "Not drawn at this scale: %@", colon: ":", outlines: outlines
        )
    }

    /// Every path's fill, in drawing order.
    static func fills(_ svg: String) -> [String] {
        svg.components(separatedBy: "<path ").dropFirst().compactMap { part in
            guard let r = part.range(of: "fill=\"") else { return nil }
            return String(part[r.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func shippedOutlinesHaveTheWorldsCountriesByISOCode() {
        let world = WorldOutlines.shipped
        #expect(world.countries.count >= 170)
        for code in ["TCD", "CMR", "NER", "NGA", "UKR", "POL", "MDA", "BGD", "MMR", "VEN", "COL", "SSD", "SDN", "FRA", "NOR"] {
            #expect(world.countries[code]?.isEmpty == false, "no outline for \(code)")
        }
        #expect(world.source.contains("Natural Earth"))
    }

    @Test func theOutlinesAreReadFromTheShippedFileAsJSONDecoderReadsThem() throws {
        struct Stored: Decodable { var source: String; var countries: [String: [[Int32]]] }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: package.appendingPathComponent("Sources/PlanRender/Resources/world-110m.json"))
        let decoded = try JSONDecoder().decode(Stored.self, from: data)
        let read = WorldOutlines.read(data)
        #expect(read.countries == decoded.countries)
        #expect(read.source == decoded.source)
        // Escapes are JSON's; a file of another shape (a fraction, no countries) gives no outlines.
        let escaped = WorldOutlines.read(Data(#"{"source":"a\u0020b","countries":{"TCD":[[1,2,3,4]]}}"#.utf8))
        #expect(escaped.source == "a b")
        #expect(escaped.countries["TCD"] == [[1, 2, 3, 4]])
        #expect(WorldOutlines.read(Data(#"{"source":"a","countries":{"TCD":[[1.5,2]]}}"#.utf8)).countries.isEmpty)
        #expect(WorldOutlines.read(Data(#"{"source":"a"}"#.utf8)).countries.isEmpty)
    }

    @Test func theByteScanReadsWhatTheJSONReaderReadsAndLeavesUnusualFilesToIt() throws {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bytes = try [UInt8](Data(contentsOf: package.appendingPathComponent("Sources/PlanRender/Resources/world-110m.json")))
        let scanned = try #require(WorldOutlines.scanned(bytes))
        let parsed = WorldOutlines.parsed(bytes)
        #expect(scanned.countries == parsed.countries)
        #expect(scanned.source == parsed.source)
        // White space, an empty ring, a negative number and a repeated code (the first kept).
        let spaced = try #require(WorldOutlines.scanned(Array(#" { "countries" : { "TCD" : [ [ -1 , 0 ] , [ ] ] , "TCD" : [[5]] } , "source" : "s" } "#.utf8)))
        #expect(spaced.countries["TCD"] == [[-1, 0], []])
        #expect(spaced.source == "s")
        // Escapes, fractions, exponents, leading zeros, numbers beyond Int32, repeated or missing
        // members and other values go to the JSON reader.
        for text in [#"{"source":"a\u0020b","countries":{}}"#, #"{"source":"a","countries":{"TCD":[[1.5]]}}"#, #"{"source":"a","countries":{"TCD":[[1e2]]}}"#,
                     #"{"source":"a","countries":{"TCD":[[01]]}}"#, #"{"source":"a","countries":{"TCD":[[2147483648]]}}"#, #"{"source":"a","source":"b","countries":{}}"#,
                     #"{"source":"a"}"#, #"{"source":"a","countries":{},"unit":1}"#, #"{"source":"a","countries":{}} x"#] {
            #expect(WorldOutlines.scanned(Array(text.utf8)) == nil, "\(text)")
        }
        #expect(WorldOutlines.scanned(Array(#"{"source":"a","countries":{"TCD":[[-2147483648, 2147483647]]}}"#.utf8))?.countries["TCD"] == [[Int32.min, Int32.max]])
    }

    @Test func planCountriesAreShadedDarkerForMoreAndNeighboursAreGrey() {
        let svg = Self.map([("TCD", "Chad", 108_000_000), ("NER", "Niger", 73_000_000), ("CMR", "Cameroon", 76_000_000)]).svg
        let fills = Self.fills(svg)
        let planFills = fills.filter { RegionalMap.classColours.contains($0) }
        #expect(planFills.count == 3)
        // Nigeria lies between them and is drawn for orientation, in grey.
        #expect(fills.filter { $0 == RegionalMap.contextFill }.count >= 4)
        // Chad, the largest, is in a darker class than Niger, the smallest.
        let chad = svg.range(of: "<title>Chad: USD 108 million</title>")!, niger = svg.range(of: "<title>Niger: USD 73 million</title>")!
        let chadFill = Self.fills(String(svg[..<chad.lowerBound])).last!, nigerFill = Self.fills(String(svg[..<niger.lowerBound])).last!
        #expect(RegionalMap.classColours.firstIndex(of: chadFill)! > RegionalMap.classColours.firstIndex(of: nigerFill)!)
        // Each country carries its name and amount as text, and the description lists them all.
        for label in [">Chad</text>", ">USD 108 million</text>", ">Niger</text>", ">Cameroon</text>"] { #expect(svg.contains(label)) }
        #expect(svg.contains("<desc id=\"m-desc\">Map. Chad: USD 108 million; Niger: USD 73 million; Cameroon: USD 76 million.</desc>"))
        #expect(svg.contains(#"role="img" aria-labelledby="m-title" aria-describedby="m-desc""#))
    }

    @Test func legendRangesDoNotOverlap() {
        let svg = Self.map([("TCD", "Chad", 108_000_000), ("NER", "Niger", 73_000_000), ("CMR", "Cameroon", 76_000_000), ("NGA", "Nigeria", 20_000_000), ("CAF", "Central African Republic", 30_000_000)]).svg
        let legend = svg.components(separatedBy: " fill=\"#1a1a1a\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        // The heading, then four classes over five amounts (quantile breaks), each class the range of its own amounts.
        #expect(legend == ["Plan countries", "20", "30", "73", "76 – 108"])
    }

    @Test func countriesTooSmallForTheScaleAreNamedUnderTheMap() {
        let svg = Self.map([("COL", "Colombia", 500_000_000), ("ABW", "Aruba", 5_000_000)]).svg
        #expect(svg.contains(">Not drawn at this scale: Aruba</text>"))
        #expect(svg.contains("Aruba: USD 5 million"))
        #expect(!svg.contains(">Aruba</text>"))
    }

    @Test func noMapWithoutOutlines() {
        #expect(Self.map([("ABW", "Aruba", 5_000_000)]).svg.isEmpty)
        #expect(Self.map([("TCD", "Chad", 1)], outlines: WorldOutlines(countries: [:], source: "")).svg.isEmpty)
    }

    @Test func overseasIslandsDoNotZoomTheMapOut() {
        // France's outline includes French Guiana; a map of France and its neighbours stays in Europe.
        let svg = Self.map([("FRA", "France", 10_000_000), ("BEL", "Belgium", 5_000_000)]).svg
        #expect(svg.contains("<title>France: USD 10 million</title>"))
        // Only Western Europe is drawn: with French Guiana in the view, the Atlantic, Africa and
        // South America would be (over a hundred outlines).
        #expect(Self.fills(svg).count < 40)
    }

    @Test func classColoursMeetContrastAndMapsAreDeterministic() {
        for colour in RegionalMap.classColours { #expect(Palette.contrast(colour) >= 3, "\(colour) is below 3:1") }
        let a = Self.map([("UKR", "Ukraine", 1), ("POL", "Poland", 2), ("MDA", "Republic of Moldova", 3)])
        #expect(a.svg == a.svg)
        #expect(!a.svg.contains("nan") && !a.svg.contains("inf"))
    }

    @Test func classBreaksAreDistinctQuantiles() {
        #expect(RegionalMap.classBreaks([]) == [1])
        #expect(RegionalMap.classBreaks([5, 5, 5]) == [5])
        #expect(RegionalMap.classBreaks([1, 2, 3, 4, 5, 6, 7, 8]) == [1, 3, 5, 7])
        #expect(RegionalMap.classIndex(4, breaks: [1, 3, 5, 7]) == 1)
    }
}

/// The map in the documents: the regional document's "at a glance" shows it with its credit and
/// the United Nations' map disclaimer; a country document, about one country, does not.
@Suite struct RegionalMapDocumentTests {
    @Test func regionalDocumentShowsTheMapCountryDocumentsDoNot() throws {
        let files = try RenderFixture.render([.html])
        let regional = try #require(files["regional.html"])
        let glance = try #require(regional.range(of: "<section class=\"glance\""))
        let map = try #require(regional.range(of: "<figure class=\"chart map\">"))
        #expect(glance.lowerBound < map.lowerBound)
        #expect(regional.contains("Boundaries: Natural Earth. The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations."))
        for (name, html) in files where name.hasPrefix("country-") { #expect(!html.contains("class=\"chart map\""), "\(name) has a map") }
    }
}
