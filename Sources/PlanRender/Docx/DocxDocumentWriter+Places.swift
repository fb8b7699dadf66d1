/// A place's chapter (its summary, narrative, planning figures, pyramid, sector chart) and its
/// sector chapters (narrative, figures, requirements by partner, indicators, locations, key
/// assumptions). Chapter text is written in the chapter's own language.
extension DocxDocumentWriter {
    mutating func place(_ place: TemplateValue) throws {
        body.heading(place.text("title"), level: 1, anchor: place.text("anchor"))
        let total = labelled("totalRequirements"), partners = labelled("partnerCount")
        body.paragraph { body in
            body.run(total + " ", .strong)
            body.run(place.text("totalSummary") + " · ")
            body.run(partners + " ", .strong)
            body.run(place.text("partnerCount"))
        }
        narrative(place.at("narrative") ?? [:], language: place.text("language"))
        if place.flag("hasPopulation") {
            body.heading(label("planningFigures"), level: 2)
            populationTable(place.at("population"))
            try pyramid(place)
        }
        if place.flag("hasSectorChart") { try barChart(place, "sectorChartData") }
        for sector in place.items("sectors") { self.sector(sector) }
    }

    /// A sector chapter, written once for every document that shows it (``DocxSectionCache``).
    mutating func sector(_ sector: TemplateValue) {
        let key = DocxSectionCache.Key(sector: sector, labels: labels, language: body.language, defaultLanguage: body.defaultLanguage, page: body.page)
        let fragment = narratives.sections.fragment(key) {
            var writer = self
            writer.body = DocxBody.fragment(language: body.language, like: body)
            writer.writeSector(sector)
            return writer.body
        }
        body.append(fragment)
    }

    /// A sector chapter, written here.
    mutating func writeSector(_ sector: TemplateValue) {
        let title = sector.text("title")
        body.heading(title, level: 2, anchor: sector.text("anchor"))
        narrative(sector.at("narrative") ?? [:], language: sector.text("language"), shared: false)
        if sector.flag("hasPopulation") {
            body.heading(label("planningFigures"), level: 3)
            populationTable(sector.at("population"))
        }
        if sector.flag("hasRequirements") {
            body.heading(label("requirementsByPartner"), level: 3)
            let rows = sector.items("requirements").map { r -> [DocxTable.Cell] in
                var name = DocxTable.Cell.text(r.text("name"))
                if !r.flag("counted") { name.note = "(" + r.text("note") + ")" }
                return [.text(r.text("id")), name, .text(r.text("type")), .figure(r.text("amount"))]
            }
            body.table(DocxTable(
                caption: title + label("colon") + " " + label("requirementsByPartner"),
                header: [.text(label("partner")), .text(label("partnerName")), .text(label("partnerType")), .figure(label("amount"))],
                rows: rows, total: [DocxTable.Cell(text: label("total"), span: 3), .figure(sector.text("total"))]
            ))
        }
        if sector.flag("hasIndicators") {
            body.heading(label("indicators"), level: 3)
            let shown = sector.flag("hasProgress")
            let rows = sector.items("indicators").map { i -> [DocxTable.Cell] in
                [.text(i.text("id")), .text(indicatorName(i)), .text(i.text("outcomeArea")), .text(i.text("unit")), .figure(i.text("baseline")), .figure(i.text("target"))]
                    + progressCells(i, shown: shown)
            }
            body.table(DocxTable(
                caption: title + label("colon") + " " + label("indicators"),
                header: [
                    .text(label("code")), .text(label("indicator")), .text(label("outcomeArea")), .text(label("unit")),
                    .figure(label("baseline")), .figure(label("target")),
                ] + progressHeader(shown: shown),
                rows: rows, total: nil
            ))
        }
        if sector.flag("hasLocations") {
            body.heading(label("locations"), level: 3)
            body.paragraph(sector.text("locationList"))
        }
        if sector.flag("hasAssumptions") {
            body.heading(label("keyAssumptions"), level: 3)
            let list = body.numbering.newList(ordered: false)
            for assumption in sector.items("assumptions") {
                guard case .text(let text) = assumption else { continue }
                var style = DocxParagraphStyle("ListParagraph")
                style.list = (list, 0)
                body.paragraph(text, style)
            }
        }
    }
}
