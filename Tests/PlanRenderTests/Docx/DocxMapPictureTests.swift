import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import PlanRender
import Testing

/// The regional map in the Word document: the HTML's SVG as a picture (the SVG in the picture's
/// blip and in Word's SVG extension), with the map's description and data as alternative text.
@Suite struct DocxMapPictureTests {
    @Test func regionalMapIsAnSVGPictureWithItsDataAsAlternativeText() throws {
        let regional = DocxDocumentTests.regional
        let svg = try #require(regional["word/media/picture1.svg"])
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(regional["[Content_Types].xml"]!.contains("Extension=\"svg\" ContentType=\"image/svg+xml\""))
        let rels = regional["word/_rels/document.xml.rels"]!
        let relationship = try #require(rels.components(separatedBy: "<Relationship ").first { $0.contains("Target=\"media/picture1.svg\"") })
        let id = DocxDocumentTests.attribute("Id", in: " " + relationship)[0]
        let document = regional["word/document.xml"]!
        #expect(document.contains("<a:blip r:embed=\"\(id)\"><a:extLst><a:ext uri=\"\(DocxPicture.svgExtension)\"><asvg:svgBlip xmlns:asvg=\"\(DocxPicture.svgNamespace)\" r:embed=\"\(id)\"/>"))
        // The description names every country with its amount; the picture fits the text width.
        let picture = try #require(document.components(separatedBy: "<wp:docPr ").dropFirst().first { $0.contains("Picture") })
        let description = DocxDocumentTests.attribute("descr", in: " " + picture)[0]
        for place in DocxDocumentTests.sample.places {
            guard case .country = place.place else { continue }
            #expect(description.contains(place.name), "\(place.name)")
        }
        #expect(description.contains("USD"))
        let drawing = try #require(document.components(separatedBy: "<w:drawing>").first { $0.contains("<pic:pic") })
        let width = try #require(Int(DocxDocumentTests.attribute("cx", in: drawing)[0]))
        #expect(width > 0 && width <= DocxPageSetup.a4.textWidth * 635)
        // The country documents have no map.
        let country = try DocxDocumentTests.parts(try DocxDocumentTests.render()["country-TCD.docx"]!)
        #expect(country["word/media/picture1.svg"] == nil)
    }

    @Test func svgSizeIsReadFromItsAttributesOrViewBox() {
        #expect(DocxPicture.size(ofSVG: #"<svg xmlns="x" viewBox="0 0 640 480" width="320" height="240">"#).map { [$0.width, $0.height] } == [320, 240])
        #expect(DocxPicture.size(ofSVG: #"<svg xmlns="x" viewBox="0 0 640 480">"#).map { [$0.width, $0.height] } == [640, 480])
        #expect(DocxPicture.size(ofSVG: "<p>no picture</p>") == nil)
    }
}
