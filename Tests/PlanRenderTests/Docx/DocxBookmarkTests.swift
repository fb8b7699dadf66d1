import Testing
@testable import PlanRender

/// Bookmark names read on the anchor's bytes are the names read scalar by scalar: an ASCII
/// letter or digit kept, any other character (of one to four bytes) one `_`, a long anchor cut
/// and hashed.
struct DocxBookmarkTests {
    /// The names as they were made scalar by scalar.
    static func reference(_ anchor: String) -> String {
        var out = "_"
        for scalar in anchor.unicodeScalars {
            out.unicodeScalars.append(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? scalar : "_")
        }
        out = "r" + out
        if out.count <= 40 { return out }
        return String(out.prefix(31)) + "_" + ContentHash.of(Array(anchor.utf8)).prefix(8)
    }

    @Test func namesAgreeWithTheScalarReading() {
        let anchors = [
            "", "overview", "place-TCD", "sector-TCD-protection", "annex-partner-sector", "a_b.c:d/e", "Zz09",
            "réfugiés-à-l'intérieur", "日本語", "emoji-😀-x", "e\u{301}", "@[`{", String(repeating: "x", count: 38),
            String(repeating: "y", count: 39), String(repeating: "long-anchor-", count: 6), String(repeating: "é", count: 45),
        ]
        for anchor in anchors {
            #expect(DocxBookmark.name(anchor) == Self.reference(anchor), "\(anchor)")
        }
    }

    @Test func namesAreAtMostFortyCharactersAndStartWithALetter() {
        for length in [0, 1, 37, 38, 39, 40, 80] {
            let name = DocxBookmark.name(String(repeating: "ab-", count: length))
            #expect(name.utf8.count <= 40 && name.first == "r")
        }
    }
}
