import PlanModel

/// A small writer of XML for the parts of a Word document: elements, attributes and text,
/// escaped as XML 1.0 requires, written as UTF-8 bytes straight into one growing buffer (a
/// regional document's body is tens of megabytes: no `String` is built per element). Characters
/// XML 1.0 cannot hold (control characters other than tab, line feed and carriage return,
/// U+FFFE and U+FFFF; unpaired surrogates cannot occur in a Swift `String`) are dropped, so no
/// plan text can make a part Word refuses to open.
struct XMLWriter {
    /// The UTF-8 bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// The XML written so far, as text (for small parts and tests).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts a part with the XML declaration Word writes (`standalone="yes"`), with room for
    /// `capacity` bytes.
    init(declaration: Bool = true, capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        if declaration { raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") }
    }

    /// `<name a="v"...>`.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `</name>`.
    mutating func close(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<name a="v"... />`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: "/"))
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<name a="v"...>` `body` `</name>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: (inout XMLWriter) -> Void) {
        open(name, attributes)
        body(&self)
        close(name)
    }

    /// `<name>text</name>`, the text escaped.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String) {
        open(name, attributes)
        characters(content)
        close(name)
    }

    /// Text content, escaped.
    mutating func characters(_ content: String) { appendEscaped(content, quotes: false) }

    /// An attribute value's text, escaped (for markup written with ``raw(_:)-(StaticString)``).
    mutating func attributeValue(_ content: String) { appendEscaped(content, quotes: true) }

    /// XML written elsewhere (a fragment this writer or another made), as is.
    mutating func raw(_ xml: String) { append(xml) }

    /// Fixed markup, as is (the body's most frequent tags: no escaping, no `String`).
    mutating func raw(_ xml: StaticString) {
        bytes.append(literal: xml)
    }

    /// Bytes of XML written elsewhere, as is.
    mutating func raw(bytes more: [UInt8]) { bytes.append(contentsOf: more) }

    /// Part of the bytes of XML written elsewhere, as is.
    mutating func raw(bytes more: ArraySlice<UInt8>) { bytes.append(contentsOf: more) }

    /// `<name w:val="value"/>` written from its fixed start (`<w:pStyle w:val="`) and its value,
    /// escaped.
    mutating func valueElement(_ start: StaticString, _ value: String) {
        raw(start)
        appendEscaped(value, quotes: true)
        raw("\"/>")
    }

    /// Bytes of XML put at `offset` of what is written.
    mutating func insert(_ more: [UInt8], at offset: Int) { bytes.insert(contentsOf: more, at: offset) }

    /// A decimal number.
    mutating func number(_ n: Int) { bytes.append(decimal: Int64(n)) }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func appendAttributes(_ attributes: KeyValuePairs<String, String>) {
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            append(key)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            appendEscaped(value, quotes: true)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Appends `text` with `&`, `<`, `>` (and `"` in attributes) as entities and the characters
    /// XML 1.0 forbids dropped, copying the runs of ordinary bytes between them whole.
    private mutating func appendEscaped(_ text: String, quotes: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            let count = utf8.count
            var start = 0, index = 0
            while index < count {
                let byte = utf8[index]
                // Every byte that needs a look is below 63 (`?`) or 0xEF (U+FFFE, U+FFFF).
                if byte >= 63 && byte != 0xEF {
                    index += 1
                    continue
                }
                let replacement: StaticString?
                var skip = 1
                switch byte {
                case 38: replacement = "&amp;"
                case 60: replacement = "&lt;"
                case 62: replacement = "&gt;"
                case 34 where quotes: replacement = "&quot;"
                case 9, 10, 13: index += 1; continue
                case 0xEF:
                    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                    guard index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF else {
                        index += 1
                        continue
                    }
                    replacement = nil
                    skip = 3
                case ..<32: replacement = nil
                default: index += 1; continue
                }
                if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                if let replacement { replacement.withUTF8Buffer { bytes.append(contentsOf: $0) } }
                index += skip
                start = index
            }
            if start < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<count])) }
        }
    }

    /// `text` escaped as ``characters(_:)`` (or an attribute value, with `quotes`) writes it.
    static func escape(_ text: String, quotes: Bool) -> String {
        var w = XMLWriter(declaration: false)
        w.appendEscaped(text, quotes: quotes)
        return w.text
    }
}
