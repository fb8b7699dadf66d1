import Foundation
import PlanCompiler
@testable import PlanRender
import Testing
import TestSupport

/// Long contents are set in two columns when printed (`tocIsLong`), short ones stay in one.
@Suite struct ContentsColumnsTests {
    static func entries(_ count: Int, childrenEach: Int) -> [TemplateValue] {
        (0..<count).map { index in
            let children: [TemplateValue] = (0..<childrenEach).map { ["anchor": .text("s\(index)-\($0)"), "title": "Sector"] }
            return ["anchor": .text("p\(index)"), "title": "Part", "children": .list(children), "hasChildren": .bool(!children.isEmpty)]
        }
    }

    @Test func entriesAndTheirChildrenCountAsLines() {
        // 5 parts of 5 lines each (the part and 4 sections): 25 lines, one column.
        #expect(!DocumentModel.isLong(Self.entries(5, childrenEach: 4)))
        // 30 lines exactly: still one column; one more line makes two.
        #expect(!DocumentModel.isLong(Self.entries(6, childrenEach: 4)))
        #expect(DocumentModel.isLong(Self.entries(6, childrenEach: 4) + Self.entries(1, childrenEach: 0)))
        #expect(DocumentModel.isLong(Self.entries(3, childrenEach: 12)))
    }

    @Test func theSamplesRegionalContentsAreLongAndACountrysAreNot() throws {
        let sample = try #require(PlanCompiler.compile(directory: PackagePaths.path("Samples/lake-basin-rrp")).plan)
        let files = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.html])).render(sample)
        let html = Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(try #require(html["regional.html"]).contains("<nav class=\"toc toc-long\""))
        for (name, html) in html where name.hasPrefix("country-") {
            #expect(html.contains("<nav class=\"toc\" "), "\(name): a country's short contents stay in one column")
        }
    }
}
