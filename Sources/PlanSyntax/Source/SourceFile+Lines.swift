import PlanDiagnostics

extension SourceLineTable {
    /// A table holding the lines of the given files, keyed by their paths.
    public init(files: [SourceFile]) {
        self.init()
        for file in files { add(file: file.path, lines: file.lines) }
    }
}
