import PlanModel

/// Splits one front-matter line into indentation, `- ` markers, `key:`, value and comment, and
/// reports what is wrong with the line on its own (tabs, YAML features, quotes).
enum LineLexer {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09

    /// Lexes line `number` of the context's file.
    static func lex(line number: Int, context: inout DSLContext) -> FrontMatterLine {
        let file = context.file
        let bytes = file.bytes
        let content = file.contentBytes(ofLine: number)
        var line = FrontMatterLine(number: number, start: content.lowerBound, end: content.upperBound, indent: 0)
        var i = content.lowerBound
        let end = content.upperBound
        var reportedTab = false
        while i < end, bytes[i] == space || bytes[i] == tab {
            if bytes[i] == tab, !reportedTab {
                reportedTab = true
                line.tabbed = true
                reportTab(at: i, line: line, context: &context)
            }
            i += 1
        }
        line.indent = i - content.lowerBound
        if i == end { return line }
        if bytes[i] == UInt8(ascii: "#") {
            line.comment = i..<trimmedEnd(bytes, from: i, to: end)
            return line
        }
        if isDocumentMarker(bytes, at: i, end: end) {
            context.error(
                DSLRules.yamlDocumentMarker, i, i + 3,
                "A chapter has one front-matter block: remove this document marker",
                fixIts: [context.fix("Remove the line", line.start, end, "")]
            )
            line.rejected = true
            return line
        }
        while i < end, bytes[i] == UInt8(ascii: "-"), i + 1 == end || bytes[i + 1] == space || bytes[i + 1] == tab {
            line.dashes.append(i)
            i += 1
            while i < end, bytes[i] == space || bytes[i] == tab { i += 1 }
        }
        if i == end { return line }
        if bytes[i] == UInt8(ascii: "#") {
            line.comment = i..<trimmedEnd(bytes, from: i, to: end)
            return line
        }
        var valueStart = i
        var key: (Range<Int>, Int)?
        if let colon = keyColon(bytes, at: i, end: end) {
            key = (i..<colon, colon)
            valueStart = colon + 1
            while valueStart < end, bytes[valueStart] == space || bytes[valueStart] == tab { valueStart += 1 }
        }
        var value: ScalarToken?
        if valueStart < end, bytes[valueStart] != UInt8(ascii: "#") || key == nil {
            let scanned = ValueScanner.scan(bytes, from: valueStart, to: end, context: &context)
            value = scanned.token
            line.comment = scanned.comment
        } else if valueStart < end {
            line.comment = valueStart..<trimmedEnd(bytes, from: valueStart, to: end)
        }
        if let (name, colon) = key {
            line.terminal = .key(name: name, colon: colon, value: value)
        } else if let value {
            line.terminal = .scalar(value)
        }
        return line
    }

    /// Offset of the colon if a `key:` starts at `i`: an ASCII letter or digit, then letters,
    /// digits, `-`, `_` or `.`, then `:` followed by whitespace or the end of the line.
    static func keyColon(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        guard i < end, isAlphanumeric(bytes[i]) else { return nil }
        var j = i + 1
        while j < end, isKeyByte(bytes[j]) { j += 1 }
        guard j < end, bytes[j] == UInt8(ascii: ":") else { return nil }
        guard j + 1 == end || bytes[j + 1] == space || bytes[j + 1] == tab else { return nil }
        return j
    }

    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    static func isKeyByte(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
    }

    /// The end of `from..<to` without trailing spaces and tabs.
    static func trimmedEnd(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        var e = to
        while e > from, bytes[e - 1] == space || bytes[e - 1] == tab { e -= 1 }
        return e
    }

    private static func isDocumentMarker(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
        guard end - i >= 3 else { return false }
        let three = (bytes[i], bytes[i + 1], bytes[i + 2])
        let dashes = three == (0x2D, 0x2D, 0x2D)
        let dots = three == (0x2E, 0x2E, 0x2E)
        guard dashes || dots else { return false }
        return i + 3 == end || bytes[i + 3] == space || bytes[i + 3] == tab
    }

    /// The fix is left to the author: how wide a tab was meant to be is a guess.
    private static func reportTab(at offset: Int, line: FrontMatterLine, context: inout DSLContext) {
        context.error(DSLRules.tabIndentation, offset, offset + 1, "Indent with spaces, not tabs")
    }
}
