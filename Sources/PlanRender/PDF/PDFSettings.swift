/// How the PDF edition is made (`--format pdf`): the paper and the engine that prints it.
public struct PDFSettings: Sendable, Hashable {
    /// `--paper`: A4 unless Letter is asked for.
    public var paper: PaperSize
    /// The WeasyPrint executable: `--pdf-engine PATH`, else `RRP_WEASYPRINT`, else `weasyprint`
    /// on `PATH` (see ``PDFEngine/locate(_:environment:)``). `nil` until it is looked up.
    public var engine: String?

    public init(paper: PaperSize = .a4, engine: String? = nil) {
        self.paper = paper
        self.engine = engine
    }
}
