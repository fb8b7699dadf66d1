#if canImport(Glibc)
import Glibc
#endif

/// Blank-line tidying of a rendered Markdown document: templates leave runs of blank lines
/// where optional parts are absent.
enum MarkdownTidy {
    /// At most one blank line in a row (outside fenced code blocks, which stay as written), and
    /// one final line break. Works on the UTF-8 bytes in place (documents are megabytes) and
    /// returns the bytes to write.
    static func tidy(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { tidy($0) }
    }

    /// The same for a document rendered as UTF-8 bytes.
    static func tidy(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { tidy($0) }
    }

    private static func tidy(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1)
        guard let base = bytes.baseAddress else { return [newline] }
        var blank = 0
        var fence: UInt8? = nil
        var start = 0
        while start <= bytes.count {
            let end = memchr(base + start, Int32(newline), bytes.count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            var first = start
            while first < end, bytes[first] == space { first += 1 }
            let isBlank = first == end
            if first + 2 < end, bytes[first] == bytes[first + 1], bytes[first] == bytes[first + 2],
               bytes[first] == UInt8(ascii: "`") || bytes[first] == UInt8(ascii: "~") {
                if let f = fence { if f == bytes[first] { fence = nil } } else { fence = bytes[first] }
            }
            blank = fence == nil && isBlank ? blank + 1 : 0
            if blank <= 1 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                out.append(newline)
            }
            start = end + 1
        }
        while let last = out.last, last == newline || last == space { out.removeLast() }
        out.append(newline)
        return out
    }
}
