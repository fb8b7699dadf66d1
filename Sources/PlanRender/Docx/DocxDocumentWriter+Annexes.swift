/// The partner list, implementing partners, and the annexes (the monitoring framework;
/// requirements by partner and country, and by partner and sector, in the regional document).
extension DocxDocumentWriter {
    mutating func partners() {
        body.heading(label("partnerList"), level: 1, anchor: "partners")
        if root.flag("hasPartners") {
            let rows = root.items("partners").map { p -> [DocxTable.Cell] in
                [.text(p.text("id")), .text(p.text("name")), .text(p.text("type")), .text(p.text("local")), .text(p.text("places")), .figure(p.text("amount"))]
            }
            body.table(DocxTable(
                caption: label("partnerList"),
                header: [
                    .text(label("partner")), .text(label("partnerName")), .text(label("partnerType")), .text(label("localActor")),
                    .text(label("countryCount")), .figure(label("amount")),
                ],
                rows: rows, total: nil
            ))
        } else {
            body.paragraph(label("none"))
        }
        if root.flag("hasImplementing") {
            body.heading(label("implementingPartners"), level: 2)
            let rows = root.items("implementing").map { p -> [DocxTable.Cell] in
                [.text(p.text("id")), .text(p.text("name")), .text(p.text("type")), DocxTable.Cell(text: p.text("lead"), note: "(" + p.text("leadName") + ")")]
            }
            body.table(DocxTable(
                caption: label("implementingPartners"),
                header: [.text(label("partner")), .text(label("partnerName")), .text(label("partnerType")), .text(label("implementingFor"))],
                rows: rows, total: nil
            ))
            note(label("implementingNote"))
        }
    }

    mutating func annexes() {
        body.heading(label("annexes"), level: 1, anchor: "annexes")
        body.heading(label("monitoringFramework"), level: 2, anchor: "annex-monitoring")
        let own = root.flag("isOwnDocument")
        if root.flag("hasAnnexIndicators") {
            let shown = root.flag("hasProgress")
            let rows = root.items("indicators").map { i -> [DocxTable.Cell] in
                (own ? [] : [.text(i.text("place"))]) + [
                    .text(i.text("sector")), .text(i.text("id")), .text(indicatorName(i)), .text(i.text("outcomeAreaCode")), .text(i.text("unit")),
                    .figure(i.text("baseline")), .figure(i.text("target")),
                ] + progressCells(i, shown: shown)
            }
            let header: [DocxTable.Cell] = (own ? [] : [.text(label("country"))]) + [
                .text(label("sector")), .text(label("code")), .text(label("indicator")), .text(label("outcomeArea")), .text(label("unit")),
                .figure(label("baseline")), .figure(label("target")),
            ] + progressHeader(shown: shown)
            body.table(DocxTable(
                caption: label("monitoringFramework"), header: header, rows: rows, total: nil
            ))
        } else {
            body.paragraph(label("none"))
        }
        guard !own else { return }
        body.heading(label("requirementsByPartnerAndCountry"), level: 2, anchor: "annex-finance")
        if let grid = root.at("partnerGrid") { self.grid(grid) }
        body.heading(label("requirementsByPartnerAndSector"), level: 2, anchor: "annex-partner-sector")
        if let grid = root.at("partnerSectorGrid") { self.grid(grid) }
    }
}
