/// Reports a line whose indentation does not fit the blocks open above it.
enum IndentationReport {
    /// `column` is the line part's 0-based column; `expected` the column of the innermost open
    /// block; `popped` the column of a deeper block the line left, if any.
    static func report(line: FrontMatterLine, column: Int, expected: Int, popped: Int?, context: inout DSLContext) {
        let partStart = line.start + column
        let fix = context.fix("Indent by \(expected) spaces", line.start, partStart, String(repeating: " ", count: expected))
        if let popped {
            context.error(
                DSLRules.inconsistentIndentation, line.start, partStart,
                "Indentation of \(column) spaces matches no enclosing block: indent by \(expected) or \(popped) spaces",
                fixIts: [fix]
            )
        } else {
            context.error(
                DSLRules.unexpectedIndentation, line.start, partStart,
                "This line is indented by \(column) spaces but only a key ending with ':' or a '- ' item can open an indented block",
                fixIts: [fix]
            )
        }
    }
}
