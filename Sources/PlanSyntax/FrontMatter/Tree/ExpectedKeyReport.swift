/// Reports a bare value on a line of its own where a `key: value` line or a `- ` item is expected,
/// recognizing the usual slips (`key:value`, `key : value`, `-item`).
enum ExpectedKeyReport {
    static func report(_ token: ScalarToken, inSequence: Bool, context: inout DSLContext) {
        let bytes = context.file.bytes
        let start = token.range.lowerBound
        let end = token.range.upperBound
        if inSequence {
            if bytes[start] == UInt8(ascii: "-"), start + 1 < end {
                context.error(DSLRules.expectedListItem, start, start + 1, "Put a space after the '-' of a list item",
                              fixIts: [context.fix("Insert a space", start + 1, start + 1, " ")])
            } else {
                context.error(DSLRules.expectedListItem, start, end, "Expected a '- ' item here: this block is a list",
                              fixIts: [context.fix("Insert '- '", start, start, "- ")])
            }
            return
        }
        var j = start
        while j < end, LineLexer.isKeyByte(bytes[j]) { j += 1 }
        if j > start, LineLexer.isAlphanumeric(bytes[start]) {
            var k = j
            while k < end, bytes[k] == LineLexer.space || bytes[k] == LineLexer.tab { k += 1 }
            if k < end, bytes[k] == UInt8(ascii: ":") {
                if k == j {
                    context.error(DSLRules.expectedKey, j, j + 1, "Put a space after the colon of 'key: value'",
                                  fixIts: [context.fix("Insert a space", j + 1, j + 1, " ")])
                } else {
                    context.error(DSLRules.expectedKey, j, k, "Write the colon right after the key, without a space",
                                  fixIts: [context.fix("Remove the space", j, k, "")])
                }
                return
            }
        }
        context.error(DSLRules.expectedKey, start, end, "Expected 'key: value' here: a key is letters, digits and '-' followed by ':'")
    }
}
