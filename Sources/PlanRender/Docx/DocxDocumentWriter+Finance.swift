/// Financial requirements (by country and sector, or by sector; by partner type; the charts)
/// and funding received.
extension DocxDocumentWriter {
    mutating func financial() throws {
        body.heading(label("financialRequirements"), level: 1, anchor: "financial-requirements")
        guard let finance = root.at("finance") else { return }
        if root.flag("isRegional") {
            body.heading(label("requirementsByPlaceSector"), level: 2)
            if finance.flag("inMillions") { note(label("usdMillion")) }
            let sectors = finance.items("sectors")
            let header: [DocxTable.Cell] = [.text(label("country"))] + sectors.map { .figure($0.text("name")) } + [.figure(label("total"))]
            let rows = finance.items("rows").map { row -> [DocxTable.Cell] in
                [.text(row.text("place"))] + row.items("cells").map { .figure($0.text("amount")) } + [.figure(row.text("total"))]
            }
            let total: [DocxTable.Cell] = [.text(label("total"))] + finance.items("totals").map { .figure($0.text("amount")) } + [.figure(finance.text("matrixTotal"))]
            body.table(DocxTable(caption: label("requirementsByPlaceSector"), header: header, rows: rows, total: total))
        } else {
            body.heading(label("requirementsBySector"), level: 2)
            let rows = finance.items("sectorRows").map { row -> [DocxTable.Cell] in
                [.text(row.text("name")), .figure(row.text("amount")), .figure(row.text("share"))]
            }
            body.table(DocxTable(
                caption: label("requirementsBySector"), header: [.text(label("sector")), .figure(label("amount")), .figure(label("share"))],
                rows: rows, total: [.text(label("total")), .figure(finance.text("grandTotal")), .figure("")]
            ))
        }
        if finance.flag("hasUnallocated") { note(labelled("unallocated") + " " + finance.text("unallocated")) }
        if finance.flag("hasNotBrokenDown") { note(labelled("notBrokenDown") + " " + finance.text("notBrokenDown")) }
        if finance.flag("hasNotBySector") { note(labelled("notBrokenDownBySector") + " " + finance.text("notBySector")) }
        if !root.flag("isOwnDocument"), finance.flag("hasSectorChart") { try barChart(finance, "sectorChartData") }
        if finance.flag("hasPlaceChart") { try barChart(finance, "placeChartData") }
        if finance.flag("hasTypeRows") {
            body.heading(label("requirementsByPartnerType"), level: 2)
            let rows = finance.items("typeRows").map { row -> [DocxTable.Cell] in
                [.text(row.text("type")), .figure(row.text("partners")), .figure(row.text("amount")), .figure(row.text("share"))]
            }
            body.table(DocxTable(
                caption: label("requirementsByPartnerType"),
                header: [.text(label("partnerType")), .figure(label("partners")), .figure(label("amount")), .figure(label("share"))], rows: rows, total: nil
            ))
            try barChart(finance, "typeChartData")
        }
    }

    mutating func funding() throws {
        guard root.flag("hasFunding"), let funding = root.at("funding") else { return }
        body.heading(label("fundingReceived"), level: 1, anchor: "funding-received")
        var sources = funding.flag("hasAsOf") ? label("fundingAsOf") + " " + funding.text("asOf") + ". " : ""
        sources += labelled("fundingSources") + " " + funding.text("sources") + "."
        if funding.flag("hasExcluded") { sources += " " + labelled("fundingExcluded") + " " + funding.text("excluded") + "." }
        note(sources)
        body.table(DocxTable(caption: nil, header: nil, rows: [
            [.text(label("fundingRequired")), .figure(funding.text("required"))],
            [.text(label("fundingReceivedAmount")), .figure(funding.text("received"))],
            [.text(label("fundingGap")), .figure(funding.text("gap"))],
            [.text(label("fundingCoverage")), .figure(funding.text("coverage"))],
        ], total: nil))
        if funding.flag("hasChart"), let data = funding.at("chartData") {
            try chart(DocxChart.bars(data, millionsLabel: label("usdMillion")))
        }
        for table in funding.items("tables") {
            body.heading(table.text("title"), level: 2)
            let header: [DocxTable.Cell] = [.text(""), .figure(label("fundingRequired")), .figure(label("fundingReceivedAmount")), .figure(label("fundingGap")), .figure(label("fundingCoverage"))]
            let rows = table.items("rows").map { row -> [DocxTable.Cell] in
                [.text(row.text("name")), .figure(row.text("required")), .figure(row.text("received")), .figure(row.text("gap")), .figure(row.text("coverage"))]
            }
            body.table(DocxTable(caption: table.text("title"), header: header, rows: rows, total: nil))
        }
    }
}
