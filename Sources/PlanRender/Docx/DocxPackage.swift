/// The parts of one Word document, in the fixed order they are written to the ZIP:
/// `[Content_Types].xml` first (as Word writes it), the package relationships, the properties,
/// the document, its styles, settings, numbering, header, footer, charts (each with its
/// relationships and embedded workbook) and the document's relationships.
struct DocxPackage {
    /// A part: its name in the package and its bytes.
    struct Part: Equatable, Sendable {
        var name: String
        /// The bytes: an array, or the XML a writer holds (the document's body, tens of
        /// megabytes, deflated where it was written: no copy).
        private let content: Content

        private enum Content: Sendable {
            case array([UInt8])
            case xml(XMLWriter)
        }

        init(name: String, bytes: [UInt8]) {
            self.name = name
            content = .array(bytes)
        }

        init(name: String, xml: XMLWriter) {
            self.name = name
            content = .xml(xml)
        }

        /// The bytes (a copy of a writer's).
        var bytes: [UInt8] {
            switch content {
            case .array(let bytes): bytes
            case .xml(let xml): xml.bytes
            }
        }

        /// The number of bytes.
        var count: Int {
            switch content {
            case .array(let bytes): bytes.count
            case .xml(let xml): xml.count
            }
        }

        /// Calls `body` with the bytes, in place.
        func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            switch content {
            case .array(let bytes): try bytes.withUnsafeBytes(body)
            case .xml(let xml): try xml.withBytes { try body(UnsafeRawBufferPointer($0)) }
            }
        }

        static func == (a: Part, b: Part) -> Bool { a.name == b.name && a.bytes == b.bytes }

        init(name: String, text: String) {
            self.init(name: name, bytes: Array(text.utf8))
        }
    }

    /// The document's body, ended (``DocxBody/endDocument()``): `word/document.xml`.
    var body: DocxBody
    var runningHeader: String
    var properties: DocxProperties
    /// The styles part: the built-in one, or the reference document's with ours added.
    var styles: String
    /// The reference document's header, when it is taken.
    var referenceHeader: DocxReferenceHeader? = nil
    /// The reference document's footer, when it is taken.
    var referenceFooter: DocxReferenceHeader? = nil

    var parts: [Part] {
        let language = properties.language
        let ours = body.defaultLanguage != nil
        var result = [
            Part(name: "[Content_Types].xml", text: contentTypes),
            Part(name: "_rels/.rels", text: packageRelationships),
            Part(name: "docProps/core.xml", text: properties.coreXML),
            Part(name: "docProps/app.xml", text: DocxProperties.appXML),
            Part(name: "word/document.xml", xml: body.xml),
            Part(name: "word/styles.xml", text: styles),
            Part(name: "word/settings.xml", text: DocxPageParts.settingsXML),
            Part(name: "word/numbering.xml", xml: body.numbering.part),
            Part(name: "word/header1.xml", text: DocxPageParts.headerXML(runningHeader, language: language, languageInStyles: ours, reference: referenceHeader)),
            Part(name: "word/footer1.xml", text: DocxPageParts.footerXML(language: language, languageInStyles: ours, reference: referenceFooter)),
        ]
        for (index, chart) in body.charts.enumerated() {
            let number = index + 1
            result.append(Part(name: "word/charts/chart\(number).xml", bytes: Array(chart.xml.utf8)))
            let workbook = "../embeddings/chart\(number).xlsx"
            result.append(Part(name: "word/charts/_rels/chart\(number).xml.rels", bytes: Array(DocxRelationships.xml([
                .init(id: "rId1", type: DocxNamespace.Relationship.package, target: workbook, external: false),
            ]).utf8)))
            result.append(Part(name: "word/embeddings/chart\(number).xlsx", bytes: chart.workbook))
        }
        for file in body.media { result.append(Part(name: "word/" + file.name, bytes: file.bytes)) }
        for part in [referenceHeader, referenceFooter].compactMap({ $0 }) where !part.pictures.isEmpty {
            result.append(Part(name: "word/_rels/\(part.partName).rels", text: DocxRelationships.xml(part.pictures.map {
                .init(id: $0.id, type: DocxNamespace.Relationship.image, target: part.partName($0), external: false)
            })))
            for picture in part.pictures { result.append(Part(name: "word/" + part.partName(picture), bytes: picture.bytes)) }
        }
        result.append(Part(name: "word/_rels/document.xml.rels", xml: body.relationships.part))
        return result
    }

    private var contentTypes: String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        var overrides: [(String, String)] = [
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ("/word/document.xml", main + "document.main+xml"),
            ("/word/styles.xml", main + "styles+xml"),
            ("/word/settings.xml", main + "settings+xml"),
            ("/word/numbering.xml", main + "numbering+xml"),
            ("/word/header1.xml", main + "header+xml"),
            ("/word/footer1.xml", main + "footer+xml"),
        ]
        for index in body.charts.indices {
            overrides.append(("/word/charts/chart\(index + 1).xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"))
        }
        var w = XMLWriter()
        w.element("Types", ["xmlns": DocxNamespace.contentTypes]) { w in
            w.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            w.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
            if !body.charts.isEmpty {
                w.empty("Default", ["Extension": "xlsx", "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"])
            }
            let pictures = (referenceHeader?.pictures ?? []).map(\.fileExtension) + (referenceFooter?.pictures ?? []).map(\.fileExtension)
                + body.media.map { String($0.name.split(separator: ".").last ?? "") }
            for ext in Set(pictures).sorted() {
                w.empty("Default", ["Extension": ext, "ContentType": DocxReferenceHeader.pictureTypes[ext] ?? "application/octet-stream"])
            }
            for (part, type) in overrides { w.empty("Override", ["PartName": part, "ContentType": type]) }
        }
        return w.text
    }

    private var packageRelationships: String {
        DocxRelationships.xml([
            .init(id: "rId1", type: DocxNamespace.Relationship.officeDocument, target: "word/document.xml", external: false),
            .init(id: "rId2", type: DocxNamespace.Relationship.coreProperties, target: "docProps/core.xml", external: false),
            .init(id: "rId3", type: DocxNamespace.Relationship.extendedProperties, target: "docProps/app.xml", external: false),
        ])
    }
}
