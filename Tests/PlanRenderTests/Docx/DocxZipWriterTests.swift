@testable import PlanRender
import Testing

/// The Word documents' ZIP files: parts larger than a slice are deflated in slices on every core
/// and still read back whole (ZIPFoundation checks each entry's CRC), in order, with the same
/// bytes on every run.
@Suite struct DocxZipWriterTests {
    /// A part of `count` bytes of XML-like text that does not repeat too simply.
    static func text(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed, out: [UInt8] = []
        out.reserveCapacity(count)
        let words = ["<w:p>", "<w:r>", "<w:t>", "refugees ", "host ", "communities ", "é ", "</w:t></w:r>", "12,345 ", "\n"].map { Array($0.utf8) }
        while out.count < count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            out += words[Int(state >> 33) % words.count]
        }
        return Array(out.prefix(count))
    }

    @Test func partsOfSeveralSlicesReadBackWhole() throws {
        let parts = [
            DocxPackage.Part(name: "[Content_Types].xml", text: "<Types/>"),
            DocxPackage.Part(name: "word/document.xml", bytes: Self.text(3 * DocxZipWriter.sliceSize + 12_345, seed: 1)),
            DocxPackage.Part(name: "word/empty.xml", bytes: []),
            DocxPackage.Part(name: "word/exact.xml", bytes: Self.text(DocxZipWriter.sliceSize, seed: 2)),
        ]
        let archive = try DocxArchive.zip(parts)
        let entries = try DocxArchive.entries(of: archive)
        #expect(entries.map(\.name) == parts.map(\.name))
        for (entry, part) in zip(entries, parts) {
            #expect(entry.bytes == part.bytes, "\(part.name)")
            #expect(entry.date == DocxArchive.entryDate)
        }
        // Deflated, and the same bytes again.
        #expect(archive.count < parts.reduce(0) { $0 + $1.bytes.count } / 3)
        #expect(try DocxArchive.zip(parts) == archive)
    }

    @Test func anArchiveWithoutPartsIsAnEmptyZip() throws {
        let zip = try DocxArchive.zip([])
        #expect(zip == [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
    }
}

/// Runs of a part shared with other documents (``DocxSharedChunk``) are deflated once and
/// spliced into each part's stream: every part still reads back whole, with its CRC checked.
@Suite struct DocxZipWriterSharedTests {
    @Test func sharedChunksAreSplicedIntoEveryPart() throws {
        let chapter = DocxZipWriterTests.text(70_000, seed: 3)
        let chunk = DocxSharedChunk(chapter[...])
        let before = DocxZipWriterTests.text(DocxZipWriter.sliceSize + 5_000, seed: 4)
        let first = before + chapter + Array("<end/>".utf8)
        // A part ending with the chunk, and one with the chunk twice in a row.
        let second = Array("<start/>".utf8) + chapter + chapter
        let placements = [
            [DocxSharedChunk.Placement(range: before.count..<before.count + chapter.count, chunk: chunk)],
            [DocxSharedChunk.Placement(range: 8..<8 + chapter.count, chunk: chunk), DocxSharedChunk.Placement(range: 8 + chapter.count..<8 + 2 * chapter.count, chunk: chunk)],
        ]
        let parts = [
            DocxPackage.Part(name: "word/document.xml", bytes: first, shared: placements[0]),
            DocxPackage.Part(name: "word/other.xml", bytes: second, shared: placements[1]),
        ]
        let archive = try DocxArchive.zip(parts)
        let entries = try DocxArchive.entries(of: archive)
        #expect(entries.map(\.bytes) == [first, second])
        #expect(try DocxArchive.zip(parts) == archive)
        // The chunk was deflated once: its bytes are in the archive three times.
        let deflated = chunk.compressed { _ in Issue.record("deflated again"); return ([], 0) }.bytes
        #expect(deflated.count > 100)
        #expect(Self.occurrences(of: deflated, in: archive) == 3)
    }

    @Test func aPlacementThatDoesNotHoldItsChunkIsDeflatedAsThePartsOwn() throws {
        let chapter = DocxZipWriterTests.text(10_000, seed: 5)
        let chunk = DocxSharedChunk(chapter[...])
        var bytes = Array("<a/>".utf8) + chapter
        bytes[100] = UInt8(ascii: "#")
        let parts = [
            DocxPackage.Part(name: "word/document.xml", bytes: bytes, shared: [.init(range: 4..<4 + chapter.count, chunk: chunk)]),
            // Out of the part's bounds.
            DocxPackage.Part(name: "word/short.xml", bytes: Array("<b/>".utf8), shared: [.init(range: 2..<10_002, chunk: chunk)]),
        ]
        let entries = try DocxArchive.entries(of: DocxArchive.zip(parts))
        #expect(entries.map(\.bytes) == parts.map(\.bytes))
    }

    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        var count = 0, index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { count += 1; index += needle.count } else { index += 1 }
        }
        return count
    }
}
