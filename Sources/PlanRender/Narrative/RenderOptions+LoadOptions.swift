import PlanSyntax

extension RenderOptions {
    /// What the compile must compute while loading for these outputs: the chapters' HTML
    /// blocks when HTML is emitted, with raw HTML kept as `--allow-raw-html` says.
    public var loadOptions: LoadOptions {
        LoadOptions(narrativeHTML: formats.contains(.html), allowRawHTML: allowRawHTML)
    }
}
