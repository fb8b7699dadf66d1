/// The planning figures: population by country (regional), the planning-figures table of a
/// document, place or sector, and the pyramid.
extension DocxDocumentWriter {
    mutating func planningFigures() throws {
        guard root.flag("hasPopulation") else { return }
        body.heading(label("planningFigures"), level: 1, anchor: "planning-figures")
        if root.flag("isRegional"), root.flag("populationByPlace.hasRows"), let grid = root.at("populationByPlace") {
            body.heading(label("populationByCountry"), level: 2)
            self.grid(grid)
        }
        populationTable(root.at("population"))
        try pyramid(root)
    }

    /// The `population-table` partial: a group per row, the planned, in-need, targeted and
    /// sex-split columns the figures have.
    mutating func populationTable(_ population: TemplateValue?) {
        guard let population, case .object = population else { return }
        let columns: [(flag: String, header: [String], cells: [String])] = [
            ("hasPlanned", ["planned"], ["planned"]), ("hasInNeed", ["inNeed"], ["inNeed"]), ("hasTargeted", ["targeted"], ["targeted"]),
            ("hasSex", ["femalePlanned", "malePlanned"], ["female", "male"]),
        ].filter { population.flag($0.0) }
        var header: [DocxTable.Cell] = [.text(label("populationGroup"))]
        for column in columns { header += column.header.map { .figure(label($0)) } }
        let rows = population.items("rows").map { row -> [DocxTable.Cell] in
            var cells: [DocxTable.Cell] = [.text(row.text("group"))]
            for column in columns { cells += column.cells.map { .figure(row.text($0)) } }
            return cells
        }
        body.table(DocxTable(caption: label("planningFigures"), header: header, rows: rows, total: nil))
        if population.flag("hasSex") { note(label("sexSplitNote")) }
    }

    /// The `grid` partial: rows of a matrix with row and column totals (population by country,
    /// requirements by partner and country or sector).
    mutating func grid(_ grid: TemplateValue) {
        let header: [DocxTable.Cell] = [.text(grid.text("header"))] + grid.items("columns").map { .figure($0.text("name")) } + [.figure(label("total"))]
        let rows = grid.items("rows").map { row -> [DocxTable.Cell] in
            var name = DocxTable.Cell.text(row.text("name"))
            if row.flag("abbreviated") { name.note = "(" + row.text("title") + ")" }
            return [name] + row.items("cells").map { .figure($0.text("value")) } + [.figure(row.text("total"))]
        }
        let total: [DocxTable.Cell] = [.text(label("total"))] + grid.items("totals").map { .figure($0.text("value")) } + [.figure(grid.text("total"))]
        body.table(DocxTable(caption: grid.text("caption"), header: header, rows: rows, total: total))
    }
}
