@testable import PlanRender
import Testing

/// The Word documents' ZIP files: parts of every size, large ones included, read back whole
/// (ZIPFoundation checks each entry's CRC), in order, with the same bytes on every run.
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

    @Test func partsOfEverySizeReadBackWhole() throws {
        let parts = [
            DocxPackage.Part(name: "[Content_Types].xml", text: "<Types/>"),
            DocxPackage.Part(name: "word/document.xml", bytes: Self.text(3 << 20 + 12_345, seed: 1)),
            DocxPackage.Part(name: "word/empty.xml", bytes: []),
            DocxPackage.Part(name: "word/just-deflated.xml", bytes: Self.text(DocxZipWriter.storedSize + 1, seed: 3)),
            DocxPackage.Part(name: "word/largest-stored.xml", bytes: Self.text(DocxZipWriter.storedSize, seed: 4)),
            DocxPackage.Part(name: "word/styles.xml", bytes: Self.text(40_000, seed: 2)),
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

    /// A part of at most ``DocxZipWriter/storedSize`` bytes is one stored block.
    @Test func aSmallPartIsStored() throws {
        let part = DocxPackage.Part(name: "word/_rels/small.xml.rels", text: "<Relationships/>")
        let archive = try DocxArchive.zip([part])
        #expect(try DocxArchive.entries(of: archive).map(\.bytes) == [part.bytes])
        // Header (30 bytes and the name), then the block: final and stored, its length, its complement.
        let block = Array(archive[30 + part.name.utf8.count..<30 + part.name.utf8.count + 5])
        #expect(block == [1, 16, 0, 0xEF, 0xFF])
    }

    @Test func anArchiveWithoutPartsIsAnEmptyZip() throws {
        let zip = try DocxArchive.zip([])
        #expect(zip == [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
    }
}

