import Glibc
import PlanModel

/// A small writer of XML for the parts of a Word document: elements, attributes and text,
/// escaped as XML 1.0 requires, written as UTF-8 bytes straight into one growing buffer (a
/// regional document's body is tens of megabytes: no `String` is built per element). Characters
/// XML 1.0 cannot hold (control characters other than tab, line feed and carriage return,
/// U+FFFE and U+FFFF; unpaired surrogates cannot occur in a Swift `String`) are dropped, so no
/// plan text can make a part Word refuses to open.
struct XMLWriter {
    /// The memory written into (``XMLBytes``: shared by copies until one writes).
    private var storage: XMLBytes

    /// The number of bytes written so far.
    var count: Int { storage.count }

    /// The UTF-8 bytes written so far (a copy: for small parts and tests).
    var bytes: [UInt8] { Array(storage.buffer) }

    /// Calls `body` with the bytes written so far, in place.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(storage.buffer) }
    }

    /// The XML written so far, as text (for small parts and tests).
    var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    /// Starts a part with the XML declaration Word writes (`standalone="yes"`), with room for
    /// `capacity` bytes.
    init(declaration: Bool = true, capacity: Int = 0) {
        storage = XMLBytes(capacity: capacity)
        if declaration { raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") }
    }

    /// Where the next `count` bytes go: the storage made this writer's own and grown first.
    @inline(__always)
    private mutating func room(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(!isKnownUniquelyReferenced(&storage)) { storage = storage.copy(reserving: count) }
        if _slowPath(storage.capacity - storage.count < count) { storage.grow(toHold: storage.count + count) }
        return storage.base + storage.count
    }

    /// Appends `count` bytes from `start`.
    @inline(__always)
    private mutating func append(_ start: UnsafePointer<UInt8>, _ count: Int) {
        guard count > 0 else { return }
        memcpy(room(count), start, count)
        storage.count += count
    }

    /// Appends one byte.
    @inline(__always)
    private mutating func append(byte: UInt8) {
        room(1).pointee = byte
        storage.count += 1
    }

    /// Appends `buffer`'s bytes.
    @inline(__always)
    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let start = buffer.baseAddress else { return }
        append(start, buffer.count)
    }

    /// `<name a="v"...>`.
    mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        append(byte: UInt8(ascii: "<"))
        raw(name)
        appendAttributes(attributes)
        append(byte: UInt8(ascii: ">"))
    }

    /// `</name>`.
    mutating func close(_ name: StaticString) {
        append(byte: UInt8(ascii: "<"))
        append(byte: UInt8(ascii: "/"))
        raw(name)
        append(byte: UInt8(ascii: ">"))
    }

    /// `<name a="v"... />`.
    mutating func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        append(byte: UInt8(ascii: "<"))
        raw(name)
        appendAttributes(attributes)
        append(byte: UInt8(ascii: "/"))
        append(byte: UInt8(ascii: ">"))
    }

    /// `<name a="v"...>` `body` `</name>`.
    mutating func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], _ body: (inout XMLWriter) -> Void) {
        open(name, attributes)
        body(&self)
        close(name)
    }

    /// `<name>text</name>`, the text escaped.
    mutating func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], text content: String) {
        open(name, attributes)
        characters(content)
        close(name)
    }

    /// Text content, escaped.
    mutating func characters(_ content: String) { appendEscaped(content, quotes: false) }

    /// Text content, escaped.
    mutating func characters(_ content: Substring) { appendEscaped(content, quotes: false) }

    /// Text content given as UTF-8, escaped.
    mutating func characters(_ utf8: UnsafeBufferPointer<UInt8>) { appendEscaped(utf8, quotes: false) }

    /// An attribute value's text, escaped (for markup written with ``raw(_:)-(StaticString)``).
    mutating func attributeValue(_ content: String) { appendEscaped(content, quotes: true) }

    /// XML written elsewhere (a fragment this writer or another made), as is. Disfavoured, so
    /// that a literal goes to ``raw(_:)-(StaticString)`` (a `String` is built and measured for
    /// every literal that goes here: a tenth of the writer's time when every tag did).
    @_disfavoredOverload
    mutating func raw(_ xml: String) { append(xml) }

    /// Fixed markup, as is (the body's most frequent tags: no escaping, no `String`).
    @inline(__always)
    mutating func raw(_ xml: StaticString) {
        if xml.hasPointerRepresentation {
            append(xml.utf8Start, xml.utf8CodeUnitCount)
        } else {
            append(String(xml.unicodeScalar))
        }
    }

    /// The bytes `range` of what `other` wrote, as is.
    mutating func raw(_ other: XMLWriter, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= other.count)
        other.withBytes { append($0.baseAddress! + range.lowerBound, range.count) }
    }

    /// `<name w:val="value"/>` written from its fixed start (`<w:pStyle w:val="`) and its value,
    /// escaped.
    mutating func valueElement(_ start: StaticString, _ value: String) {
        raw(start)
        appendEscaped(value, quotes: true)
        raw("\"/>")
    }

    /// What `other` wrote, put at `offset` of what is written.
    mutating func insert(_ other: XMLWriter, at offset: Int) {
        precondition(offset >= 0 && offset <= count)
        other.withBytes { more in
            let tail = count - offset
            let start = room(more.count) - tail
            memmove(start + more.count, start, tail)
            if let from = more.baseAddress { memcpy(start, from, more.count) }
            storage.count += more.count
        }
    }

    /// A decimal number.
    mutating func number(_ n: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let negative = n < 0
        var magnitude = n.magnitude
        withUnsafeMutableBytes(of: &digits) { raw in
            var index = raw.count
            repeat {
                index -= 1
                raw[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if negative {
                index -= 1
                raw[index] = UInt8(ascii: "-")
            }
            append(raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + index, raw.count - index)
        }
    }

    private mutating func append(_ text: String) {
        // A native string lends its bytes in place, without the copy `withUTF8` may make.
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func appendAttributes(_ attributes: KeyValuePairs<StaticString, String>) {
        for (key, value) in attributes {
            append(byte: UInt8(ascii: " "))
            raw(key)
            append(byte: UInt8(ascii: "="))
            append(byte: UInt8(ascii: "\""))
            appendEscaped(value, quotes: true)
            append(byte: UInt8(ascii: "\""))
        }
    }

    /// Appends `text` with `&`, `<`, `>` (and `"` in attributes) as entities and the characters
    /// XML 1.0 forbids dropped, copying the runs of ordinary bytes between them whole.
    private mutating func appendEscaped(_ text: String, quotes: Bool) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, quotes: quotes) }) != nil { return }
        var text = text
        text.withUTF8 { appendEscaped($0, quotes: quotes) }
    }

    /// Appends `text` escaped (see ``appendEscaped(_:quotes:)-(String,_)``).
    private mutating func appendEscaped(_ text: Substring, quotes: Bool) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, quotes: quotes) }) != nil { return }
        var text = text
        text.withUTF8 { appendEscaped($0, quotes: quotes) }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, quotes: Bool) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var start = 0, index = 0
        while index < count {
            // Eight bytes at a time while none of them needs a look.
            while index + 8 <= count, !Self.needsLook(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            guard index < count else { break }
            let byte = base[index]
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
                guard index + 2 < count, base[index + 1] == 0xBF, base[index + 2] == 0xBE || base[index + 2] == 0xBF else {
                    index += 1
                    continue
                }
                replacement = nil
                skip = 3
            case ..<32: replacement = nil
            default: index += 1; continue
            }
            if start < index { append(base + start, index - start) }
            if let replacement { append(replacement.utf8Start, replacement.utf8CodeUnitCount) }
            index += skip
            start = index
        }
        if start < count { append(base + start, count - start) }
    }

    /// Whether any of the eight bytes of `word` may need escaping or dropping: a control
    /// character, `"`, `&`, `<`, `>` or 0xEF (each byte compared at once, as in "Bit Twiddling
    /// Hacks": a byte below `n` sets its top bit in `(w - n·0x01…) & ~w & 0x80…`).
    ///
    /// Four tests, not six: `"` (0x22) and `&` (0x26) differ only in bit 2, `<` (0x3C) and `>`
    /// (0x3E) only in bit 1, so each pair is one comparison of the word with that bit cleared
    /// (a byte with the bit cleared is 0x22, or 0x3C, exactly when it is one of the pair).
    @inline(__always)
    private static func needsLook(_ word: UInt64) -> Bool {
        ByteWords.below(word, 0x20) | ByteWords.equal(word & ~(0x04 &* ByteWords.ones), 0x22)
            | ByteWords.equal(word & ~(0x02 &* ByteWords.ones), 0x3C) | ByteWords.equal(word, 0xEF) != 0
    }

    /// `text` escaped as ``characters(_:)`` (or an attribute value, with `quotes`) writes it.
    static func escape(_ text: String, quotes: Bool) -> String {
        var w = XMLWriter(declaration: false)
        w.appendEscaped(text, quotes: quotes)
        return w.text
    }
}
