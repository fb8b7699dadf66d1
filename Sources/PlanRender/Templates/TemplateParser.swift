/// Compiles Mustache text into ``TemplateNode``s for the fast renderer, with swift-mustache's
/// rules for standalone lines (a line holding only a section, closing, comment, partial or
/// pragma tag and blanks leaves no trace in the output) so that both engines write the same bytes.
///
/// It covers what documents need: variables, sections, inverted sections, comments, partials and
/// the `CONTENT_TYPE` pragma. Anything else (set delimiters, template inheritance, dynamic
/// partials, transforms) throws ``Unsupported``, and the template set renders with swift-mustache.
struct TemplateParser {
    /// A construct this parser leaves to swift-mustache, or text swift-mustache would reject.
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    private let bytes: [UInt8]
    private var pos = 0

    /// The nodes of `text`.
    static func parse(_ text: String) throws -> [TemplateNode] {
        var parser = TemplateParser(bytes: Array(text.utf8))
        return try parser.block(section: nil, newLine: true)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private static let open: (UInt8, UInt8) = (UInt8(ascii: "{"), UInt8(ascii: "{"))
    private static let close = UInt8(ascii: "}")

    /// Nodes up to the end of the text (`section == nil`) or to `{{/section}}`.
    private mutating func block(section: String?, newLine startsOnNewLine: Bool) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var newLine = startsOnNewLine
        var blanks: ArraySlice<UInt8> = []
        func flushBlanks() {
            if !blanks.isEmpty { nodes.append(.text(Array(blanks))) }
            blanks = []
        }
        while pos < bytes.count {
            if newLine { blanks = readBlanks() }
            let text = readText()
            if let newline = newlineLength() {
                nodes.append(.text(Array(blanks + text + bytes[pos..<pos + newline])))
                pos += newline
                newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(blanks + text)))
                blanks = []
                newLine = false
            }
            guard pos < bytes.count else { break }
            var standalone = false
            switch bytes[pos] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[pos] == UInt8(ascii: "^")
                pos += 1
                let name = try readName()
                if isStandalone(newLine) { standalone = true } else { flushBlanks() }
                let body = try block(section: name, newLine: standalone)
                nodes.append(.section(TemplateName(name), inverted: inverted, body: body))
            case UInt8(ascii: "/"):
                pos += 1
                let name = try readName()
                guard name == section else {
                    throw Unsupported(description: "closing tag {{/\(name)}} does not match \(section.map { "{{#\($0)}}" } ?? "any open section")")
                }
                if !isStandalone(newLine) { flushBlanks() }
                return nodes
            case UInt8(ascii: "!"):
                try skipComment()
                standalone = isStandalone(newLine)
            case UInt8(ascii: "{"):
                flushBlanks()
                pos += 1
                let name = try readName()
                guard pos < bytes.count, bytes[pos] == Self.close else { throw Unsupported(description: "unfinished {{{\(name)}}}") }
                pos += 1
                nodes.append(.variable(TemplateName(name), escaped: false))
            case UInt8(ascii: "&"):
                flushBlanks()
                pos += 1
                nodes.append(.variable(TemplateName(try readName()), escaped: false))
            case UInt8(ascii: ">"):
                pos += 1
                skipWhitespace()
                if pos < bytes.count, bytes[pos] == UInt8(ascii: "*") { throw Unsupported(description: "dynamic partial") }
                let name = try readName(partial: true)
                let indentation = Array(blanks)
                flushBlanks()
                standalone = isStandalone(newLine)
                nodes.append(.partial(name, indentation: standalone ? indentation : []))
            case UInt8(ascii: "%"):
                pos += 1
                nodes.append(.contentType(try readPragma()))
                standalone = isStandalone(newLine)
            case UInt8(ascii: "="):
                throw Unsupported(description: "set delimiters")
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw Unsupported(description: "template inheritance")
            default:
                flushBlanks()
                nodes.append(.variable(TemplateName(try readName()), escaped: true))
            }
            newLine = standalone
        }
        if let section { throw Unsupported(description: "{{#\(section)}} is never closed") }
        return nodes
    }

    /// Spaces and tabs at the start of a line.
    private mutating func readBlanks() -> ArraySlice<UInt8> {
        let start = pos
        while pos < bytes.count, bytes[pos] == 32 || bytes[pos] == 9 { pos += 1 }
        return bytes[start..<pos]
    }

    /// Text up to a newline (not consumed) or a `{{` (consumed) or the end.
    private mutating func readText() -> ArraySlice<UInt8> {
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 10 || (b == 13 && pos + 1 < bytes.count && bytes[pos + 1] == 10) { return bytes[start..<pos] }
            if b == Self.open.0, pos + 1 < bytes.count, bytes[pos + 1] == Self.open.1 {
                defer { pos += 2 }
                return bytes[start..<pos]
            }
            pos += 1
        }
        return bytes[start..<pos]
    }

    /// The length of the line break at the cursor (`\n` or `\r\n`; with `lone`, also `\r`).
    private func newlineLength(lone: Bool = false) -> Int? {
        guard pos < bytes.count else { return nil }
        if bytes[pos] == 10 { return 1 }
        if bytes[pos] == 13 { return pos + 1 < bytes.count && bytes[pos + 1] == 10 ? 2 : (lone ? 1 : nil) }
        return nil
    }

    /// A tag on a line of its own (blanks around it): consumes the rest of the line.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if pos >= bytes.count { return true }
        let start = pos
        while pos < bytes.count, bytes[pos] == 32 || bytes[pos] == 9 { pos += 1 }
        if let newline = newlineLength(lone: true) {
            pos += newline
            return true
        }
        pos = start
        return false
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count, bytes[pos] == 32 || (9...13).contains(bytes[pos]) { pos += 1 }
    }

    private static func isNameByte(_ b: UInt8, partial: Bool) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"),
             UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        case UInt8(ascii: "/"): partial
        default: false
        }
    }

    /// A tag's name and its closing `}}`.
    private mutating func readName(partial: Bool = false) throws -> String {
        skipWhitespace()
        let start = pos
        while pos < bytes.count, Self.isNameByte(bytes[pos], partial: partial) { pos += 1 }
        let name = String(decoding: bytes[start..<pos], as: UTF8.self)
        skipWhitespace()
        try readClose(after: name)
        if !partial, name.utf8.contains(UInt8(ascii: "(")) || name.utf8.contains(UInt8(ascii: ")")) {
            throw Unsupported(description: "transform \(name)")
        }
        return name
    }

    private mutating func readClose(after what: String) throws {
        guard pos + 1 < bytes.count, bytes[pos] == Self.close, bytes[pos + 1] == Self.close else {
            throw Unsupported(description: "unfinished tag after '\(what)'")
        }
        pos += 2
    }

    private mutating func skipComment() throws {
        while pos + 1 < bytes.count {
            if bytes[pos] == Self.close, bytes[pos + 1] == Self.close { pos += 2; return }
            pos += 1
        }
        throw Unsupported(description: "unfinished comment")
    }

    /// `{{% CONTENT_TYPE: NAME}}` after the `%`.
    private mutating func readPragma() throws -> TemplateContentType {
        func word() -> String {
            skipWhitespace()
            let start = pos
            while pos < bytes.count, Self.isNameByte(bytes[pos], partial: false), bytes[pos] != UInt8(ascii: "("), bytes[pos] != UInt8(ascii: ")") { pos += 1 }
            return String(decoding: bytes[start..<pos], as: UTF8.self)
        }
        let variable = word()
        skipWhitespace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw Unsupported(description: "pragma without ':'") }
        pos += 1
        let value = word()
        skipWhitespace()
        try readClose(after: value)
        guard variable == "CONTENT_TYPE", let type = TemplateContentType(rawValue: value) else {
            throw Unsupported(description: "pragma \(variable): \(value)")
        }
        return type
    }
}
