/// One physical line of front matter, split into its parts. Offsets are byte offsets in the file.
struct FrontMatterLine: Sendable {
    /// 1-based line number in the file.
    var number: Int
    /// Offset of the first byte of the line.
    var start: Int
    /// Offset after the last content byte (before the line ending).
    var end: Int
    /// Leading whitespace, in bytes (a tab counts as one).
    var indent: Int
    /// Offsets of the `- ` item markers, left to right.
    var dashes: [Int] = []
    /// What follows the item markers.
    var terminal: FrontMatterTerminal = .none
    /// The `# ...` comment, trailing whitespace excluded.
    var comment: Range<Int>?
    /// Set when the lexer already reported the line as outside the language; the tree builder
    /// then skips it.
    var rejected = false
    /// Whether the indentation holds a tab (already reported: indentation errors on this line
    /// would only repeat it).
    var tabbed = false

    /// A line with nothing but whitespace and perhaps a comment.
    var isTrivia: Bool { dashes.isEmpty && terminal.isNone && !rejected }
}

/// The last part of a line: a `key:` with its value, a bare value, or nothing.
enum FrontMatterTerminal: Sendable {
    case none
    /// `key:` then optionally a value on the same line. `colon` is the offset of the `:`.
    case key(name: Range<Int>, colon: Int, value: ScalarToken?)
    case scalar(ScalarToken)

    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// Offset where the terminal starts, if any.
    var start: Int? {
        switch self {
        case .none: nil
        case .key(let name, _, _): name.lowerBound
        case .scalar(let token): token.range.lowerBound
        }
    }
}

/// A value as written on one line.
struct ScalarToken: Sendable, Hashable {
    /// The written bytes, quotes included, trailing whitespace excluded.
    var range: Range<Int>
    /// The value's text: unescaped for quoted values.
    var text: String
    var quoted: Bool
    /// A YAML feature the value starts with, already reported.
    var feature: YAMLFeature?
}

/// YAML constructs that are not part of the plan language.
enum YAMLFeature: Sendable, Hashable {
    case anchor, alias, tag, flowCollection, blockScalar, singleQuoted
    /// Not YAML: a double-quoted value that is not closed properly (already reported).
    case malformedQuote
    /// Whether the lines indented below the value belong to it and must be skipped.
    var swallowsBlock: Bool { self == .blockScalar || self == .flowCollection }
}
