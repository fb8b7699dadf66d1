/// Reads the value part of a line: a double-quoted text or plain text up to a ` #` comment, and
/// reports YAML constructs that are not part of the language.
enum ValueScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let hash = UInt8(ascii: "#")

    /// Scans `start..<end` (`start` is the first non-blank byte of the value).
    static func scan(_ bytes: [UInt8], from start: Int, to end: Int, context: inout DSLContext) -> (token: ScalarToken, comment: Range<Int>?) {
        if bytes[start] == quote { return scanQuoted(bytes, from: start, to: end, context: &context) }
        var k = start
        var commentStart: Int?
        while k < end {
            if bytes[k] == hash, k > start, bytes[k - 1] == LineLexer.space || bytes[k - 1] == LineLexer.tab {
                commentStart = k
                break
            }
            k += 1
        }
        let valueEnd = LineLexer.trimmedEnd(bytes, from: start, to: commentStart ?? end)
        let text = String(decoding: bytes[start..<valueEnd], as: UTF8.self)
        var token = ScalarToken(range: start..<valueEnd, text: text, quoted: false)
        token.feature = YAMLFeatureCheck.check(bytes, from: start, to: valueEnd, context: &context)
        let comment = commentStart.map { $0..<LineLexer.trimmedEnd(bytes, from: $0, to: end) }
        return (token, comment)
    }

    /// `"..."` with the escapes `\"` and `\\`.
    private static func scanQuoted(_ bytes: [UInt8], from start: Int, to end: Int, context: inout DSLContext) -> (token: ScalarToken, comment: Range<Int>?) {
        var out: [UInt8] = []
        var k = start + 1
        var closed = false
        while k < end {
            let b = bytes[k]
            if b == backslash {
                if k + 1 < end, bytes[k + 1] == quote || bytes[k + 1] == backslash {
                    out.append(bytes[k + 1])
                } else {
                    context.error(DSLRules.invalidQuotedText, k, min(k + 2, end), "Inside double quotes, a backslash must be followed by '\"' or '\\'",
                                  fixIts: [context.fix("Double the backslash", k, k + 1, "\\\\")])
                    out.append(b)
                    if k + 1 < end { out.append(bytes[k + 1]) }
                }
                k += 2
                continue
            }
            if b == quote { closed = true; break }
            out.append(b)
            k += 1
        }
        let text = String(decoding: out, as: UTF8.self)
        guard closed else {
            let valueEnd = LineLexer.trimmedEnd(bytes, from: start, to: end)
            context.error(DSLRules.invalidQuotedText, start, start + 1, "Close the quoted text with '\"' on the same line",
                          fixIts: [context.fix("Insert the closing quote", valueEnd, valueEnd, "\"")])
            var token = ScalarToken(range: start..<valueEnd, text: text, quoted: true)
            token.feature = .malformedQuote
            return (token, nil)
        }
        let valueEnd = min(k + 1, end)
        var token = ScalarToken(range: start..<valueEnd, text: text, quoted: true)
        var after = valueEnd
        while after < end, bytes[after] == LineLexer.space || bytes[after] == LineLexer.tab { after += 1 }
        if after < end, bytes[after] != hash {
            let trailingEnd = LineLexer.trimmedEnd(bytes, from: after, to: end)
            context.error(DSLRules.invalidQuotedText, after, trailingEnd, "Put the whole value inside the quotes: nothing may follow the closing quote but a comment")
            token.feature = .malformedQuote
            return (token, nil)
        }
        let comment = after < end ? after..<LineLexer.trimmedEnd(bytes, from: after, to: end) : nil
        return (token, comment)
    }
}
