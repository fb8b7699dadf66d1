import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanCompiler
import PlanModel
@testable import PlanRender
import TestSupport
import Testing

/// The Word documents (`--format docx`): the package's structure, styles, tables, figures,
/// chapter text, determinism and the reference document.
@Suite struct DocxDocumentTests {
    static let sample: Plan = PlanCompiler.compile(directory: PackagePaths.path("Samples/lake-basin-rrp")).plan!

    /// The Word files of `plan`, by name.
    static func render(_ plan: Plan = sample, options: RenderOptions = RenderOptions(formats: [.docx])) throws -> [String: [UInt8]] {
        let files = try PlanRenderer(templates: RenderFixture.templates, options: options).render(plan)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
    }

    /// The parts of a Word file, by name, as text.
    static func parts(_ bytes: [UInt8]) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try DocxArchive.entries(of: bytes).map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    static let regional: [String: String] = try! parts(try! render()["regional.docx"]!)

    @Test func everyDocumentIsAWordFile() throws {
        let files = try Self.render()
        #expect(Set(files.keys) == ["regional.docx", "country-CMR.docx", "country-NER.docx", "country-TCD.docx"])
        for (_, bytes) in files { #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04]) }
    }

    /// Every part the content types list is in the package, every internal relationship points
    /// at a part, and every part is well-formed XML.
    @Test func contentTypesAndRelationshipsMatchTheParts() throws {
        let entries = try DocxArchive.entries(of: try Self.render()["regional.docx"]!)
        #expect(entries.first?.name == "[Content_Types].xml")
        let names = Set(entries.map(\.name))
        let types = Self.regional["[Content_Types].xml"]!
        for part in Self.attribute("PartName", in: types) { #expect(names.contains(String(part.dropFirst())), "\(part)") }
        #expect(types.contains("wordprocessingml.document.main+xml"))
        #expect(Self.regional["_rels/.rels"]!.contains("Target=\"word/document.xml\""))
        let rels = Self.regional["word/_rels/document.xml.rels"]!
        // Parts are internal; links (web addresses, and relative ones such as a chapter's
        // `TCD/country.md`) are external.
        for relationship in rels.components(separatedBy: "<Relationship ").dropFirst() {
            let target = Self.attribute("Target", in: " " + relationship)[0]
            if relationship.contains("TargetMode=\"External\"") {
                #expect(relationship.contains("/hyperlink\""), "\(target)")
            } else {
                #expect(names.contains("word/" + target), "\(target)")
            }
        }
        // Every r:id the document uses is declared.
        let ids = Set(Self.attribute("Id", in: rels))
        for id in Self.attribute("r:id", in: Self.regional["word/document.xml"]!) { #expect(ids.contains(id), "\(id)") }
        for entry in entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            let parser = XMLParser(data: Data(entry.bytes))
            #expect(parser.parse(), "\(entry.name): \(parser.parserError.map { "\($0)" } ?? "")")
        }
    }

    @Test func wordStylesAreDefinedAndUsed() throws {
        let styles = Self.regional["word/styles.xml"]!
        for id in ["Normal", "Title", "Heading1", "Heading2", "Heading3", "Caption", "RRPTable", "TOC1", "Hyperlink"] {
            #expect(styles.contains("w:styleId=\"\(id)\""), "\(id)")
        }
        // Headings carry outline levels: Word's navigation pane lists them.
        #expect(styles.contains("<w:outlineLvl w:val=\"0\"/>"))
        let document = Self.regional["word/document.xml"]!
        for id in ["Title", "Heading1", "Heading2", "Heading3", "Caption", "RRPTable"] { #expect(document.contains("w:val=\"\(id)\""), "\(id)") }
        #expect(document.contains("TOC \\o &quot;1-3&quot;") || document.contains("TOC \\o \"1-3\""))
        #expect(Self.regional["word/settings.xml"]!.contains("<w:updateFields w:val=\"true\"/>"))
        #expect(Self.regional["word/footer1.xml"]!.contains(" PAGE "))
    }

    /// Each table with a header row repeats it on every page, and only that row.
    @Test func headerRowsRepeatAndRowsDoNotSplit() throws {
        let tables = Self.regional["word/document.xml"]!.components(separatedBy: "<w:tbl>").dropFirst()
        #expect(tables.count > 20)
        var withHeader = 0
        for table in tables {
            let rows = table.components(separatedBy: "<w:tr>").dropFirst()
            if rows.first!.contains("<w:tblHeader/>") { withHeader += 1 }
            #expect(rows.dropFirst().allSatisfy { !$0.contains("<w:tblHeader/>") })
            #expect(rows.allSatisfy { $0.contains("<w:cantSplit/>") })
        }
        #expect(withHeader >= tables.count - 2)  // the figures at a glance and funding summary have none
    }

    /// The requirements matrix closes with the plan's total, formatted as the HTML's, in bold.
    @Test func tableTotalsAreThePlansTotals() throws {
        let numbers = Numbers(labels: Labels(language: "en", catalog: RenderFixture.templates.labels))
        let total = numbers.grouped(Self.sample.consolidation.total)
        let document = Self.regional["word/document.xml"]!
        let runs = document.components(separatedBy: "<w:r>").filter { $0.contains(">\(total)</w:t>") }
        #expect(!runs.isEmpty && runs.allSatisfy { $0.contains("<w:b/>") })
        // Figures are right-aligned.
        #expect(document.contains("<w:pStyle w:val=\"TableFigure\"/>"))
        for place in Self.sample.places {
            guard let amount = Self.sample.consolidation.place(place.place)?.total, amount > 0 else { continue }
            #expect(document.contains(">\(numbers.grouped(amount))</w:t>"), "\(place.place.code)")
        }
    }

    /// A French country document writes its figures the French way.
    @Test func figuresFollowTheDocumentLanguage() throws {
        let files = try Self.render(options: RenderOptions(formats: [.docx], language: "fr"))
        let document = try Self.parts(files["regional.docx"]!)["word/document.xml"]!
        let numbers = Numbers(labels: Labels(language: "fr", catalog: RenderFixture.templates.labels))
        #expect(document.contains(">\(numbers.grouped(Self.sample.consolidation.total))</w:t>"))
        // French is the document's default language (its runs carry no language of their own).
        #expect(try Self.parts(files["regional.docx"]!)["word/styles.xml"]!.contains("<w:lang w:val=\"fr\" w:eastAsia=\"fr\" w:bidi=\"fr\"/>"))
    }

    /// Chapter text: emphasis, strong, lists with numbering, links as relationships, the
    /// chapter's language on its runs.
    @Test func chapterTextKeepsItsStructureAndLanguage() throws {
        let document = Self.regional["word/document.xml"]!
        #expect(document.contains("<w:numPr>"))
        #expect(Self.regional["word/numbering.xml"]!.contains("w:numFmt w:val=\"decimal\""))
        #expect(document.contains("<w:hyperlink w:anchor="))
        #expect(document.contains("<w:b/><w:bCs/></w:rPr><w:t>Access to protection.</w:t>"))
        // The document's language is the styles' default: its runs carry none of their own.
        #expect(Self.regional["word/styles.xml"]!.contains("<w:lang w:val=\"en\" w:eastAsia=\"en\" w:bidi=\"en\"/>"))
        // Chad's sector chapters are written in French; its country chapter has an English
        // translation, which the English document shows.
        #expect(document.contains("<w:r><w:rPr><w:lang w:val=\"fr\" w:bidi=\"fr\"/></w:rPr><w:t>Les écoles des camps accueillent"))
        #expect(document.contains("<w:r><w:t>Chad hosts refugees"))
    }

    /// The foreword with its signatory and the regional sector summaries, as in the HTML; with
    /// indicator results (`--progress`), the indicator tables' latest value and progress.
    @Test func forewordSectorSummariesAndProgressAreInTheWordDocument() throws {
        let document = Self.regional["word/document.xml"]!
        let foreword = try #require(document.range(of: ">Foreword</w:t>"))
        let overview = try #require(document.range(of: ">Regional overview</w:t>"))
        #expect(foreword.lowerBound < overview.lowerBound)
        #expect(document.contains(">Illustrative Name, Regional Refugee Coordinator for the Lake Basin Situation</w:t>"))
        #expect(document.contains(">Regional sector summaries</w:t>"))
        #expect(document.contains(">Refugees and others targeted: </w:t>"))
        #expect(!document.contains(">Latest value</w:t>"))
        let progress = PlanCompiler.compile(
            directory: PackagePaths.path("Samples/lake-basin-rrp"),
            progress: ProgressInputs(paths: [PackagePaths.path("Samples/lake-basin-progress/hxl-progress.csv")])
        ).plan!
        let withResults = try Self.parts(try Self.render(progress)["regional.docx"]!)["word/document.xml"]!
        #expect(withResults.contains(">Latest value</w:t>"))
    }

    @Test func markdownConstructsBecomeWordConstructs() throws {
        var body = DocxBody(language: "en")
        DocxNarrative.write("""
            ## Needs

            Some *emphasis*, **strong** and `code` with a [link](https://example.org/a?b=1&c=2).

            1. first
            2. second
               - nested

            > quoted

            ```
            code block
            ```
            """, language: "es", into: &body)
        let xml = body.xml.text
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\"/>"))
        #expect(xml.contains("<w:i/><w:iCs/><w:lang w:val=\"es\""))
        #expect(xml.contains("<w:rStyle w:val=\"VerbatimChar\"/>"))
        #expect(body.relationships.entries.contains { $0.target == "https://example.org/a?b=1&c=2" && $0.external })
        #expect(xml.contains("<w:ilvl w:val=\"1\"/>"))
        #expect(body.numbering.instances == [true, false])
        #expect(xml.contains("<w:pStyle w:val=\"Quote\"/>"))
        #expect(xml.contains("<w:pStyle w:val=\"SourceCode\"/>"))
        #expect(DocxRelationships.xml(body.relationships.entries).contains("Target=\"https://example.org/a?b=1&amp;c=2\" TargetMode=\"External\""))
    }

    @Test func chartsAreNativeWithTheirDataAndAlternativeText() throws {
        let charts = Self.regional.filter { $0.key.hasPrefix("word/charts/") }
        #expect(charts.filter { $0.key.hasSuffix(".xml") }.count >= 4)
        let document = Self.regional["word/document.xml"]!
        #expect(document.contains("<c:chart xmlns:c="))
        #expect(document.contains("descr=\"Horizontal bars"))
        let (name, sector) = try #require(charts.first { $0.key.hasSuffix(".xml") && $0.value.contains("<a:t>Requirements by sector (USD million)</a:t>") })
        #expect(sector.contains("<c:numCache>") && sector.contains("<c:f>Sheet1!$A$2:$A$"))
        // Its data are in the workbook Word's "Edit Data" opens.
        let number = name.dropFirst("word/charts/chart".count).dropLast(".xml".count)
        #expect(Self.regional["word/charts/_rels/chart\(number).xml.rels"]!.contains("Target=\"../embeddings/chart\(number).xlsx\""))
        let workbook = try DocxArchive.entries(of: try DocxArchive.entries(of: try Self.render()["regional.docx"]!).first { $0.name == "word/embeddings/chart\(number).xlsx" }!.bytes)
        let sheet = String(decoding: try #require(workbook.first { $0.name == "xl/worksheets/sheet1.xml" }).bytes, as: UTF8.self)
        #expect(sheet.contains("<t>Food Security</t>"))
        let foodSecurity = Self.sample.consolidation.bySector.first { $0.sector == "food-security" }?.amount
        #expect(foodSecurity.map { sheet.contains("<v>\($0)</v>") } == true)
        // A pyramid: two series, males negative.
        #expect(charts.values.contains { $0.contains("<c:overlap val=\"100\"/>") && $0.contains("<c:v>-0.") })
    }

    @Test func headerAndPropertiesCarryTheTitleAndMarks() throws {
        let header = Self.regional["word/header1.xml"]!
        #expect(header.contains("DRAFT · Illustrative Lake Basin"))
        #expect(header.contains("· Illustrative data"))
        let core = Self.regional["docProps/core.xml"]!
        #expect(core.contains("<dc:title>Illustrative Lake Basin Regional Refugee Response Plan 2026–2027</dc:title>"))
        #expect(core.contains("<dc:language>en</dc:language>"))
        #expect(core.contains("<cp:version>launch</cp:version>"))
    }

    @Test func sameInputSameBytes() throws {
        let first = try Self.render(), second = try Self.render()
        #expect(first == second)
        for entry in try DocxArchive.entries(of: first["regional.docx"]!) {
            #expect(entry.date == DocxArchive.entryDate, "\(entry.name)")
        }
    }

    @Test func referenceDocumentStylesReplaceTheBuiltInOnes() throws {
        let dir = try TemporaryDirectory()
        // A reference whose styles define only a red Normal: ours fill in the rest.
        let styles = #"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>"#
        let reference = try DocxArchive.zip([DocxPackage.Part(name: "word/styles.xml", bytes: Array(styles.utf8))])
        let loaded = try DocxReference.load(try dir.write("ref.docx", bytes: reference))
        let files = try Self.render(options: { var o = RenderOptions(formats: [.docx]); o.reference = loaded; return o }())
        let merged = try Self.parts(files["regional.docx"]!)["word/styles.xml"]!
        #expect(merged.contains("<w:color w:val=\"FF0000\"/>"))
        #expect(merged.components(separatedBy: "w:styleId=\"Normal\"").count == 2)
        #expect(merged.contains("w:styleId=\"Heading1\"") && merged.contains("w:styleId=\"RRPTable\""))
    }

    /// A reference whose header holds a logo: the documents show it, with their running header
    /// line under it; a header with anything but pictures is left out.
    @Test func referenceHeaderWithALogoIsTaken() throws {
        let dir = try TemporaryDirectory()
        let styles = #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:styles>"#
        let document = #"<w:document xmlns:w="w" xmlns:r="r"><w:body><w:sectPr><w:headerReference w:type="first" r:id="rId8"/><w:headerReference w:type="default" r:id="rId7"/></w:sectPr></w:body></w:document>"#
        let rels = #"<Relationships><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>"#
        let header = #"<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:r><w:drawing r:embed="rId1"/></w:r></w:p></w:hdr>"#
        let headerRels = #"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.PNG"/></Relationships>"#
        func reference(_ headerRels: String) throws -> DocxReference {
            let parts = [
                ("word/styles.xml", styles), ("word/document.xml", document), ("word/_rels/document.xml.rels", rels),
                ("word/header2.xml", header), ("word/_rels/header2.xml.rels", headerRels), ("word/media/logo.PNG", "PNGDATA"),
            ]
            let bytes = try DocxArchive.zip(parts.map { DocxPackage.Part(name: $0.0, bytes: Array($0.1.utf8)) })
            return try DocxReference.load(try dir.write("ref-\(headerRels.count).docx", bytes: bytes))
        }
        var options = RenderOptions(formats: [.docx])
        options.reference = try reference(headerRels)
        let parts = try Self.parts(try Self.render(options: options)["country-TCD.docx"]!)
        let written = parts["word/header1.xml"]!
        #expect(written.contains("<w:drawing r:embed=\"rId1\"/>"))
        #expect(written.contains("PROJET · Plan régional illustratif"))  // Chad's document is in French
        #expect(parts["word/_rels/header1.xml.rels"]!.contains("Target=\"media/reference-rId1.png\""))
        #expect(parts["word/media/reference-rId1.png"] == "PNGDATA")
        #expect(parts["[Content_Types].xml"]!.contains("Extension=\"png\" ContentType=\"image/png\""))
        // A header that links elsewhere is not simple: the built-in header stays.
        let linked = headerRels.replacingOccurrences(of: "/image\"", with: "/hyperlink\" TargetMode=\"External\"")
        options.reference = try reference(linked)
        #expect(options.reference?.header == nil)
        let plain = try Self.parts(try Self.render(options: options)["country-TCD.docx"]!)
        #expect(!plain["word/header1.xml"]!.contains("w:drawing") && plain["word/_rels/header1.xml.rels"] == nil)
    }

    @Test func unusableReferenceDocumentsAreExplained() throws {
        let dir = try TemporaryDirectory()
        let notZip = try dir.write("notes.docx", bytes: Array("not a zip".utf8))
        let other = try dir.write("other.zip", bytes: try DocxArchive.zip([DocxPackage.Part(name: "a.txt", bytes: [65])]))
        for (path, reason) in [
            (dir.path + "/missing.docx", "does not exist"), (notZip, "not a ZIP file"), (other, "no word/styles.xml"), (dir.path, "folder"),
        ] {
            #expect {
                _ = try DocxReference.load(path)
            } throws: { error in
                guard case RenderError.referenceDocument(let p, let r) = error else { return false }
                return p == path && r.contains(reason) && "\(error)".hasPrefix("the reference document ")
            }
        }
    }

    /// Every chapter of the Markdown corpus (the repository's chapters, generated ones and the
    /// tricky bodies: deep nesting, raw HTML, control characters, unsafe links) converts to
    /// well-formed XML whose lists all have numbering instances.
    @Test func everyCorpusChapterConvertsToWellFormedXML() throws {
        #expect(MarkdownCorpus.all.count > 20)
        for chapter in MarkdownCorpus.all {
            var body = DocxBody(language: "en")
            DocxNarrative.write(chapter.text, language: "fr", into: &body)
            let xml = "<w:body xmlns:w=\"\(DocxNamespace.w)\" xmlns:r=\"\(DocxNamespace.r)\">" + body.xml.text + "</w:body>"
            let parser = XMLParser(data: Data(xml.utf8))
            #expect(parser.parse(), "\(chapter.path): \(parser.parserError.map { "\($0)" } ?? "")")
            for id in xml.components(separatedBy: "<w:numId w:val=\"").dropFirst().map({ Int($0.prefix { $0 != "\"" }) ?? 0 }) {
                #expect(body.numbering.defines(id) && id != DocxNumbering.headingsID, "\(chapter.path)")
            }
        }
    }

    @Test func linkTargetsAreURIs() {
        #expect(DocxRelationships.uri("https://example.org/a b/é?q=\"x\"") == "https://example.org/a%20b/%C3%A9?q=%22x%22")
        #expect(DocxRelationships.uri("TCD/country.md#sector-1") == "TCD/country.md#sector-1")
        // The bytes kept as they are: exactly the letters, digits and marks URIs allow.
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'();/?:@&=+$,%#".utf8)
        for byte in UInt8.min...UInt8.max { #expect(DocxRelationships.isURIByte(byte) == allowed.contains(byte), "\(byte)") }
        // A link's target is its address made a URI, whether or not it needed encoding.
        for address in ["https://example.org/a b/é?q=\"x\"", "TCD/country.md#sector-1", "a<b>{c}|d^e`f\\g[h]", ""] {
            #expect(DocxRelationships.LinkTarget(address).uri == DocxRelationships.uri(address), "\(address)")
        }
    }

    @Test func xmlTextIsEscapedAndForbiddenCharactersDropped() {
        #expect(XMLWriter.escape("a < b & \"c\" \u{1}\u{FFFF}", quotes: true) == "a &lt; b &amp; &quot;c&quot; ")
        #expect(XMLWriter.escape("tab\tand\nline", quotes: false) == "tab\tand\nline")
    }

    /// Values of `name="..."` attributes.
    static func attribute(_ name: String, in xml: String) -> [String] {
        xml.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
