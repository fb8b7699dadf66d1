import PlanModel

/// Converts positions from UTF-8 byte columns (how RRPKit counts) to Unicode code point columns
/// (how SARIF's `unicodeCodePoints` and GitHub's annotations count characters): the one
/// conversion every renderer that needs it uses.
///
/// Each line's table is built once per render (a code point count every 64 bytes), so that many
/// findings on one long line cost time in proportion to their number plus the line's length.
/// Where the line is unknown the byte column is kept.
struct CodePointColumns {
    private let sources: any SourceLines
    private var tables: [LineKey: Table] = [:]

    init(sources: any SourceLines) {
        self.sources = sources
    }

    /// The 1-based code point column of `location` in `file`.
    mutating func column(of location: SourceLocation, inFile file: String) -> Int {
        let key = LineKey(file: file, line: location.line)
        if tables[key] == nil {
            guard let table = sources.withBytes(ofLine: location.line, inFile: file, Table.init) else { return location.column }
            tables[key] = table
        }
        return tables[key]!.codePointColumn(byteColumn: location.column)
    }

    private struct LineKey: Hashable {
        var file: String
        var line: Int
    }

    /// A line's bytes and the number of code points before every 64th byte.
    private struct Table {
        static let stride = 64
        let bytes: [UInt8]
        let checkpoints: [Int]

        init(_ line: UnsafeBufferPointer<UInt8>) {
            bytes = Array(line)
            var counts: [Int] = []
            counts.reserveCapacity(bytes.count / Self.stride + 1)
            var scalars = 0
            for (i, b) in bytes.enumerated() {
                if i % Self.stride == 0 { counts.append(scalars) }
                if b & 0xC0 != 0x80 { scalars += 1 }
            }
            checkpoints = counts
        }

        /// Code points before byte `column - 1`, plus one; bytes past the end count one each.
        func codePointColumn(byteColumn: Int) -> Int {
            let offset = max(byteColumn - 1, 0)
            let within = min(offset, bytes.count)
            let checkpoint = within / Self.stride
            var scalars = checkpoint < checkpoints.count ? checkpoints[checkpoint] : 0
            var i = checkpoint * Self.stride
            while i < within {
                if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
                i += 1
            }
            return scalars + (offset - within) + 1
        }
    }
}
