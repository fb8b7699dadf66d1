import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanModel
@testable import PlanRender
import TestSupport
import Testing

/// Numbered headings (Heading 1-3 linked to one multilevel list, the contents showing the
/// numbers) and a reference document's page size, margins and footer.
@Suite struct DocxHeadingNumbersAndPageTests {
    static let regional = DocxDocumentTests.regional

    @Test func headingStylesAreLinkedToTheHeadingsList() throws {
        let numbering = Self.regional["word/numbering.xml"]!
        let headings = try #require(numbering.components(separatedBy: "<w:abstractNum ").first { $0.contains("<w:pStyle w:val=\"Heading1\"/>") })
        for (level, text) in ["%1", "%1.%2", "%1.%2.%3"].enumerated() {
            #expect(headings.contains("<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading\(level + 1)\"/><w:lvlText w:val=\"\(text)\"/>"))
        }
        #expect(!headings.contains("Heading4"))
        #expect(numbering.contains("<w:num w:numId=\"\(DocxNumbering.headingsID)\"><w:abstractNumId w:val=\"0\"/></w:num>"))
        let styles = Self.regional["word/styles.xml"]!
        for level in 1...3 {
            let style = try #require(styles.components(separatedBy: "<w:style ").first { $0.contains("w:styleId=\"Heading\(level)\"") })
            #expect(style.contains("<w:numPr><w:ilvl w:val=\"\(level - 1)\"/><w:numId w:val=\"\(DocxNumbering.headingsID)\"/></w:numPr>"))
        }
        // The contents heading, based on Heading 1, is not numbered.
        let toc = try #require(styles.components(separatedBy: "<w:style ").first { $0.contains("w:styleId=\"TOCHeading\"") })
        #expect(toc.contains("<w:numId w:val=\"0\"/>"))
    }

    /// The contents lists each part with the number Word gives its heading: the Nth Heading 1
    /// of the document is N.
    @Test func contentsShowsTheHeadingsNumbers() throws {
        let document = Self.regional["word/document.xml"]!
        let body = try #require(document.range(of: "<w:body>"))
        let paragraphs = document[body.upperBound...].components(separatedBy: "<w:p>")
        let headingOnes = paragraphs.filter { $0.hasPrefix("<w:pPr><w:pStyle w:val=\"Heading1\"/>") }.map(Self.text)
        #expect(headingOnes.count > 5)
        let entries = paragraphs.filter { $0.hasPrefix("<w:pPr><w:pStyle w:val=\"TOC1\"/>") }.map(Self.text)
        #expect(entries.count > 5)
        for entry in entries {
            let parts = entry.split(separator: "\t", maxSplits: 1)
            let number = try #require(Int(parts[0]), "\(entry)")
            #expect(headingOnes[number - 1] == String(parts[1]), "\(entry)")
        }
        // Second-level entries carry the Heading 2 numbers under their Heading 1.
        let second = try #require(paragraphs.first { $0.hasPrefix("<w:pPr><w:pStyle w:val=\"TOC2\"/>") }.map(Self.text))
        #expect(second.range(of: #"^\d+\.\d+\t"#, options: .regularExpression) != nil, "\(second)")
    }

    /// A reference with a US Letter page and wide margins: the documents take its page, fit
    /// their tables and charts between its margins, and take its footer with the page number
    /// added; its headings are numbered as ours.
    @Test func referencePageSizeMarginsAndFooterAreTaken() throws {
        let dir = try TemporaryDirectory()
        let w = DocxNamespace.w, r = DocxNamespace.r
        let styles = #"<w:styles xmlns:w="\#(w)"><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>"#
        let document = #"<w:document xmlns:w="\#(w)" xmlns:r="\#(r)"><w:body><w:p/><w:sectPr><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="2160" w:bottom="1440" w:left="2160" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#
        let rels = #"<Relationships><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer3.xml"/></Relationships>"#
        let footer = #"<w:ftr xmlns:w="\#(w)"><w:p><w:r><w:t>Partner footer</w:t></w:r></w:p></w:ftr>"#
        let bytes = try DocxArchive.zip([
            ("word/styles.xml", styles), ("word/document.xml", document), ("word/_rels/document.xml.rels", rels), ("word/footer3.xml", footer),
        ].map { DocxPackage.Part(name: $0.0, text: $0.1) })
        var options = RenderOptions(formats: [.docx])
        options.reference = try DocxReference.load(try dir.write("letter.docx", bytes: bytes))
        #expect(options.reference?.page?.textWidth == 12240 - 2 * 2160)
        let parts = try DocxDocumentTests.parts(try DocxDocumentTests.render(options: options)["regional.docx"]!)
        let written = parts["word/document.xml"]!
        #expect(written.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"2160\" w:bottom=\"1440\" w:left=\"2160\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"))
        // Every table's columns add up to at most the text width, and charts are no wider.
        for grid in written.components(separatedBy: "<w:tblGrid>").dropFirst() {
            let widths = grid.components(separatedBy: "</w:tblGrid>")[0]
                .components(separatedBy: "w:w=\"").dropFirst().compactMap { Int($0.prefix { $0 != "\"" }) }
            #expect(widths.reduce(0, +) <= 12240 - 2 * 2160)
        }
        for extent in written.components(separatedBy: "<wp:extent cx=\"").dropFirst() {
            #expect(Int(extent.prefix { $0 != "\"" })! <= (12240 - 2 * 2160) * 635)
        }
        let writtenFooter = parts["word/footer1.xml"]!
        #expect(writtenFooter.contains("Partner footer") && writtenFooter.contains(" PAGE "))
        // The reference's Heading 2 points at the headings' list, not at its own list 7.
        let heading2 = try #require(parts["word/styles.xml"]!.components(separatedBy: "<w:style ").first { $0.contains("w:styleId=\"Heading2\"") })
        #expect(heading2.contains("<w:keepNext/><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:before=\"200\"/>"))
        #expect(!heading2.contains("w:val=\"7\""))
        for (name, part) in parts where name.hasSuffix(".xml") {
            let parser = XMLParser(data: Data(part.utf8))
            #expect(parser.parse(), "\(name)")
        }
    }

    @Test func pagesNoPaperCouldHaveAreIgnored() {
        #expect(DocxPageSetup.last(in: #"<w:sectPr><w:pgSz w:w="100" w:h="15840"/></w:sectPr>"#) == nil)
        #expect(DocxPageSetup.last(in: #"<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:left="7000" w:right="7000"/></w:sectPr>"#) == nil)
        #expect(DocxPageSetup.last(in: "<w:body><w:p/></w:body>") == nil)
        let landscape = DocxPageSetup.last(in: #"<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>"#)
        #expect(landscape?.landscape == true && landscape?.textWidth == 16838 - 2 * 1134)
    }

    /// The text of a paragraph's runs (tabs as `\t`).
    static func text(_ paragraph: String) -> String {
        let pattern = try! NSRegularExpression(pattern: "<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:tab/>")
        let ns = paragraph as NSString
        let out = pattern.matches(in: paragraph, range: NSRange(location: 0, length: ns.length)).map { match in
            match.range(at: 1).location == NSNotFound ? "\t" : ns.substring(with: match.range(at: 1))
        }.joined()
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }
}
