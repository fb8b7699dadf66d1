import PlanSyntax

/// A source file held by reference, for the many records read from it (funding
/// records, indicator results): one reference to count per record instead of the file's four.
final class SharedSourceFile: Sendable {
    let file: SourceFile

    init(_ file: SourceFile) {
        self.file = file
    }
}
