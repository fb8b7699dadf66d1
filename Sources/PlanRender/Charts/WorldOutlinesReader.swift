/// Reads the shipped outlines file (`world-110m.json`, written by `Scripts/make-world-map.py`)
/// in one pass over its bytes.
///
/// The file is a JSON object whose `countries` map ISO codes to lists of rings of integers;
/// Foundation's `JSONDecoder` spent about 700 instructions per byte on it (a twentieth of a
/// large plan's compile). This reader accepts exactly that shape (any whitespace, keys in any
/// order, other keys skipped when they hold strings) and returns `nil` for anything else, so the
/// caller can fall back to `JSONDecoder`.
enum WorldOutlinesReader {
    static func read(_ bytes: [UInt8]) -> (countries: [String: [WorldOutlines.Ring]], source: String)? {
        var scanner = Scanner(bytes: bytes)
        var countries: [String: [WorldOutlines.Ring]]?
        var source: String?
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        repeat {
            guard let key = scanner.string() else { return nil }
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            if key == "countries" {
                guard let read = scanner.countries() else { return nil }
                countries = read
            } else {
                guard let value = scanner.string() else { return nil }
                if key == "source" { source = value }
            }
        } while scanner.take(UInt8(ascii: ","))
        guard scanner.take(UInt8(ascii: "}")), scanner.atEnd, let countries, let source else { return nil }
        return (countries, source)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var at = 0

        var atEnd: Bool {
            mutating get {
                skipSpace()
                return at == bytes.count
            }
        }

        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
        }

        /// Consumes `byte` (after whitespace) if it is next.
        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        /// A string without escapes (the file has none; an escape makes the caller fall back).
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.count, bytes[at] != UInt8(ascii: "\"") {
                if bytes[at] == UInt8(ascii: "\\") || bytes[at] < 0x20 { return nil }
                at += 1
            }
            guard at < bytes.count else { return nil }
            at += 1
            return String(decoding: bytes[start..<(at - 1)], as: UTF8.self)
        }

        /// An integer that fits in `Int32`.
        mutating func integer() -> Int32? {
            skipSpace()
            let negative = at < bytes.count && bytes[at] == UInt8(ascii: "-")
            if negative { at += 1 }
            var value: Int64 = 0
            let start = at
            while at < bytes.count, bytes[at] &- 0x30 < 10, at - start < 11 {
                value = value * 10 + Int64(bytes[at] &- 0x30)
                at += 1
            }
            guard at > start else { return nil }
            return Int32(exactly: negative ? -value : value)
        }

        /// `[[int, ...], ...]`.
        mutating func rings() -> [WorldOutlines.Ring]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var rings: [WorldOutlines.Ring] = []
            if take(UInt8(ascii: "]")) { return rings }
            repeat {
                guard take(UInt8(ascii: "[")) else { return nil }
                var ring: WorldOutlines.Ring = []
                if !take(UInt8(ascii: "]")) {
                    repeat {
                        guard let value = integer() else { return nil }
                        ring.append(value)
                    } while take(UInt8(ascii: ","))
                    guard take(UInt8(ascii: "]")) else { return nil }
                }
                rings.append(ring)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? rings : nil
        }

        /// `{"ISO": rings, ...}`.
        mutating func countries() -> [String: [WorldOutlines.Ring]]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var out: [String: [WorldOutlines.Ring]] = [:]
            if take(UInt8(ascii: "}")) { return out }
            repeat {
                guard let code = string(), take(UInt8(ascii: ":")), let rings = rings() else { return nil }
                out[code] = rings
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? out : nil
        }
    }
}
