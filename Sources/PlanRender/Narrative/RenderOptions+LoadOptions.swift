import PlanSyntax

extension RenderOptions {
    /// What the compile must compute while loading for these outputs: the chapters' HTML
    /// blocks when HTML is emitted, with raw HTML kept as `--allow-raw-html` says, and their
    /// trees when Word is. Without the language rules (`lint: false`) only the chapters'
    /// outlines are converted.
    public func loadOptions(lint: Bool) -> LoadOptions {
        LoadOptions(narrativeHTML: rendersHTML, allowRawHTML: allowRawHTML, outlineOnly: !lint, narrativeTree: formats.contains(.docx))
    }
}
