import PlanSyntax

/// A top-level `key: value` line of a chapter's front matter, found without a typed header so
/// that a lone Markdown file works.
///
/// The front matter can be long (a plan's typed header, thousands of lines): it is not split
/// into lines of characters; its UTF-8 is searched for the key at the start of a line (after
/// spaces and tabs), and only such a line is read as text.
public enum FrontMatterKey {
    /// The value after `key:` on the first line that starts with it (spaces, quotes and a
    /// trailing `# comment` removed; empty when the line has no value), `nil` without front
    /// matter or without such a line.
    public static func value(of key: String, in chapter: ChapterSource) -> Substring? {
        guard let content = chapter.layout.frontMatter?.content else { return nil }
        let needle = Array((key + ":").utf8)
        // The file's own bytes: no copy of the front matter is made to search it.
        return chapter.file.bytes.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[content.clamped(to: 0..<all.count)])
            var from = 0
            while let at = find(needle, in: bytes, from: from) {
                from = at + 1
                var start = at
                while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
                guard start == 0 || newlineLength(endingAt: start, in: bytes) > 0 else { continue }
                var end = at
                while end < bytes.count, newlineLength(startingAt: end, in: bytes) == 0 { end += 1 }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[(at + needle.count)..<end]), as: UTF8.self)
                return value(ofRest: line[...])
            }
            return nil
        }
    }

    /// What follows the key: up to a `#` comment, without surrounding spaces and quotes.
    private static func value(ofRest rest: Substring) -> Substring {
        var value = rest.prefix { $0 != "#" }
        let unwanted: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" || $0 == "\r" }
        value = value.drop(while: unwanted)
        while let last = value.last, unwanted(last) { value = value.dropLast() }
        return value
    }

    /// Bytes of a line break (`Character.isNewline`: LF, VT, FF, CR, NEL, U+2028, U+2029) that
    /// starts at `i`, 0 if none.
    private static func newlineLength(startingAt i: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        let c = b[i]
        if c >= 0x0A && c <= 0x0D { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0x85 { return 2 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return 3 }
        return 0
    }

    /// Bytes of a line break that ends just before `i`, 0 if none.
    private static func newlineLength(endingAt i: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        if i >= 1, b[i - 1] >= 0x0A && b[i - 1] <= 0x0D { return 1 }
        if i >= 2, newlineLength(startingAt: i - 2, in: b) == 2 { return 2 }
        if i >= 3, newlineLength(startingAt: i - 3, in: b) == 3 { return 3 }
        return 0
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
