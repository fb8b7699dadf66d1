/// Blank-line tidying of a rendered Markdown document: templates leave runs of blank lines
/// where optional parts are absent.
enum MarkdownTidy {
    /// At most one blank line in a row (outside fenced code blocks, which stay as written), and
    /// one final line break. Works on UTF-8 bytes: documents are large.
    static func tidy(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var blank = 0
        var fence: UInt8? = nil
        var start = 0
        let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            var first = start
            while first < end, bytes[first] == space { first += 1 }
            let isBlank = first == end
            if first + 2 < end, bytes[first] == bytes[first + 1], bytes[first] == bytes[first + 2],
               bytes[first] == UInt8(ascii: "`") || bytes[first] == UInt8(ascii: "~") {
                if let f = fence { if f == bytes[first] { fence = nil } } else { fence = bytes[first] }
            }
            blank = fence == nil && isBlank ? blank + 1 : 0
            if blank <= 1 { out += bytes[start..<end]; out.append(newline) }
            start = end + 1
        }
        while let last = out.last, last == newline || last == space { out.removeLast() }
        out.append(newline)
        return String(decoding: out, as: UTF8.self)
    }
}
