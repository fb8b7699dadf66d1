extension WorldOutlines {
    /// The outlines of a file in the shipped shape, read straight from its bytes: an object whose
    /// members are `"source"` (a string), `"countries"` (an object of codes to lists of rings of
    /// integers) and other members with string values (`"unit"`). Every ring's numbers go
    /// straight into `Int32`s, with no tree of JSON values in between (reading the shipped file
    /// through ``PlanModel/JSONDocument`` cost about 25 million instructions, on the rendering's
    /// critical path, for a regional document's map).
    ///
    /// `nil` for anything else, or anything unusual in that shape (an escape in a string, a
    /// number with a fraction, an exponent or leading zeros, one too large for `Int32`, a
    /// repeated member, a missing one), which ``read(_:)`` then reads with the general JSON
    /// reader: this scan only ever returns what that reader would.
    static func scanned(_ bytes: [UInt8]) -> WorldOutlines? {
        bytes.withUnsafeBufferPointer { buffer -> WorldOutlines? in
            var scan = OutlineScanner(bytes: buffer)
            return scan.document()
        }
    }
}

/// A cursor over the bytes of an outlines file for ``WorldOutlines/scanned(_:)``; each method
/// returns `nil` (or `false`) at the first byte it does not expect.
private struct OutlineScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func document() -> WorldOutlines? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var source: String?, countries: [String: [WorldOutlines.Ring]]?
        var seen = Set<String>()
        repeat {
            guard let key = string(), seen.insert(key).inserted, take(UInt8(ascii: ":")) else { return nil }
            switch key {
            case "source": guard let text = string() else { return nil }; source = text
            case "countries": guard let read = countryTable() else { return nil }; countries = read
            default: guard string() != nil else { return nil }
            }
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        skipSpace()
        guard i == bytes.count, let source, let countries else { return nil }
        return WorldOutlines(countries: countries, source: source)
    }

    /// `{"ISO": [[lon, lat, ...], ...], ...}`; the first of a repeated code is kept, as
    /// ``WorldOutlines/read(_:)`` keeps it.
    private mutating func countryTable() -> [String: [WorldOutlines.Ring]]? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var countries: [String: [WorldOutlines.Ring]] = [:]
        if take(UInt8(ascii: "}")) { return countries }
        repeat {
            guard let code = string(), take(UInt8(ascii: ":")), let rings = list(of: { $0.ring() }) else { return nil }
            if countries[code] == nil { countries[code] = rings }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}")) ? countries : nil
    }

    private mutating func ring() -> WorldOutlines.Ring? {
        list(of: { $0.integer() })
    }

    /// `[item, item, ...]` (possibly empty).
    private mutating func list<T>(of item: (inout OutlineScanner) -> T?) -> [T]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var items: [T] = []
        if take(UInt8(ascii: "]")) { return items }
        repeat {
            guard let next = item(&self) else { return nil }
            items.append(next)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? items : nil
    }

    /// An integer written as JSON writes one (`-`, then `0` or digits without a leading zero),
    /// not followed by a fraction or an exponent, that fits `Int32`.
    private mutating func integer() -> Int32? {
        skipSpace()
        let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        let start = i
        var value: Int64 = 0
        while i < bytes.count, bytes[i] &- 0x30 < 10, i - start < 11 {
            value = value * 10 + Int64(bytes[i] &- 0x30)
            i += 1
        }
        let digits = i - start
        guard digits > 0, digits == 1 || bytes[start] != 0x30 else { return nil }
        if i < bytes.count, bytes[i] &- 0x30 < 10 || bytes[i] == UInt8(ascii: ".") || bytes[i] | 0x20 == UInt8(ascii: "e") { return nil }
        if negative { value = -value }
        return Int32(exactly: value)
    }

    /// A string without escapes or control bytes (valid UTF-8 is left to the decoder, which
    /// repairs nothing in the shipped file).
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            if bytes[i] == UInt8(ascii: "\\") || bytes[i] < 0x20 { return nil }
            i += 1
        }
        guard i < bytes.count else { return nil }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        return String(validating: text, as: UTF8.self)
    }

    /// Skips white space, then takes `byte` if it is next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }
}
