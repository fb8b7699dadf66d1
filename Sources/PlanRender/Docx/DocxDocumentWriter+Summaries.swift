/// The parts the documents gained beside their tables: the foreword, the regional sector
/// summaries and the indicators' progress columns, from the same template values as the HTML.
extension DocxDocumentWriter {
    /// The foreword (`chapter: foreword`): its text in its language, then its signatories.
    mutating func foreword() {
        guard root.flag("hasForeword"), let foreword = root.at("foreword") else { return }
        body.heading(foreword.text("title"), level: 1, anchor: "foreword")
        if foreword.flag("otherLanguage") { note(foreword.text("otherLanguageNote")) }
        narrative(foreword, language: foreword.text("language"))
        for signatory in foreword.items("signatories") {
            body.paragraph(signatory.text("line"), run: .emphasis)
        }
    }

    /// One block per sector: its key figures, requirements by country, partners.
    mutating func sectorSummaries() {
        guard root.flag("hasSectorSummaries") else { return }
        body.heading(label("sectorSummaries"), level: 1, anchor: "sector-summaries")
        for sector in root.items("sectorSummaries") {
            let name = sector.text("name")
            body.heading(name, level: 2, anchor: sector.text("anchor"))
            // The key figures as the HTML's description list: one "label: value" line each.
            var figures: [(String, String)] = [
                ("totalRequirements", sector.text("total") + " (" + sector.text("share") + ")"),
                ("partnerCount", sector.text("partnerCount")), ("countryCount", sector.text("placeCount")),
            ]
            if sector.flag("hasDisplacedTargeted") { figures.append(("sectorTargetedDisplaced", sector.text("displacedTargeted"))) }
            if sector.flag("hasHostTargeted") { figures.append(("sectorTargetedHosts", sector.text("hostTargeted"))) }
            for (key, value) in figures {
                let text = labelled(key) + " "
                body.paragraph(DocxParagraphStyle("Normal", keepNext: true)) { body in
                    body.run(text, .strong)
                    body.run(value)
                }
            }
            if sector.flag("hasRows") {
                body.table(DocxTable(
                    caption: name + label("colon") + " " + label("requirementsByCountry"),
                    header: [.text(label("country")), .figure(label("amount")), .figure(label("share"))],
                    rows: sector.items("rows").map { [.text($0.text("place")), .figure($0.text("amount")), .figure($0.text("share"))] },
                    total: nil
                ))
            }
            note(labelled("partners") + " " + sector.text("partnerList"))
        }
        note(label("sectorTargetedNote"))
    }

    /// The latest value (with its date) and progress cells of an indicator row, when indicator
    /// results were read (`--progress`); none otherwise.
    func progressCells(_ indicator: TemplateValue, shown: Bool) -> [DocxTable.Cell] {
        guard shown else { return [] }
        let latest = indicator.flag("hasLatest") ? indicator.text("latest") + " (" + indicator.text("latestDate") + ")" : indicator.text("latest")
        return [.figure(latest), .figure(indicator.text("progress"))]
    }

    /// An indicator's name, followed for a regional indicator reported per country by each
    /// country's latest value and their total or the reason there is none (as the Markdown has it).
    func indicatorName(_ indicator: TemplateValue) -> String {
        indicator.flag("hasCountries") ? indicator.text("name") + " (" + indicator.text("byCountry") + ")" : indicator.text("name")
    }

    /// The header cells of ``progressCells(_:shown:)``.
    func progressHeader(shown: Bool) -> [DocxTable.Cell] {
        shown ? [.figure(label("latestValue")), .figure(label("progressTowardsTarget"))] : []
    }
}
