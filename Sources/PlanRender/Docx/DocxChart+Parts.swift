extension DocxChart {
    /// A chart's part and its embedded workbook, in one language.
    struct Parts: Sendable {
        /// `word/charts/chartN.xml`.
        var xml: String
        /// `word/embeddings/chartN.xlsx`.
        var workbook: [UInt8]

        /// `deflated`: the parts of the compile deflated before (the workbooks' are mostly the same).
        init(_ chart: DocxChart, language: String, deflated: DocxDeflateCache? = nil) throws {
            xml = chart.xml(language: language)
            workbook = try DocxChartWorkbook(chart: chart).bytes(deflated: deflated)
        }
    }
}
