/// File byte ranges of raw HTML, collected while cmark's tree is converted: each HTML block, and
/// each inline HTML tag whose literal is the file's bytes. cmark's HTML renderer omits exactly
/// these unless raw HTML is allowed; the Markdown output omits them the same way.
final class RawHTMLRanges {
    var ranges: [Range<Int>] = []
}
