@testable import PlanRender
import Testing

/// Parts deflated once per compile (``DocxDeflateCache``): a ZIP file whose parts come from the
/// cache is the same bytes as one deflated afresh, a part of the same length and CRC-32 with
/// other bytes is not taken for it, and parts longer than ``DocxDeflateCache/largest`` are not kept.
@Suite struct DocxDeflateCacheTests {
    @Test func partsTakenFromTheCacheAreTheSameBytes() throws {
        let parts = [
            DocxPackage.Part(name: "word/styles.xml", bytes: DocxZipWriterTests.text(9_000, seed: 5)),
            DocxPackage.Part(name: "word/settings.xml", bytes: DocxZipWriterTests.text(400, seed: 6)),
            DocxPackage.Part(name: "word/document.xml", bytes: DocxZipWriterTests.text(DocxDeflateCache.largest + 1, seed: 7)),
        ]
        let fresh = try DocxArchive.zip(parts)
        let cache = DocxDeflateCache()
        #expect(try DocxArchive.zip(parts, deflated: cache) == fresh)
        // The second time the small parts come from the cache; the same file.
        #expect(try DocxArchive.zip(parts, deflated: cache) == fresh)
        // The same parts under other names and in another order: each as deflated alone.
        let renamed = parts.reversed().map { DocxPackage.Part(name: "x/" + $0.name, bytes: $0.bytes) }
        #expect(try DocxArchive.zip(renamed, deflated: cache) == DocxArchive.zip(renamed))
    }

    @Test func onlyTheSameBytesAreTakenAndOnlySmallPartsKept() {
        let cache = DocxDeflateCache()
        let small = DocxZipWriterTests.text(300, seed: 8), large = DocxZipWriterTests.text(DocxDeflateCache.largest + 1, seed: 9)
        small.withUnsafeBytes { input in
            cache.keep(input, crc: 42, deflated: UnsafeRawBufferPointer(start: input.baseAddress, count: 10))
            #expect(cache.deflated(input, crc: 42) == Array(small.prefix(10)))
            #expect(cache.deflated(input, crc: 43) == nil)
        }
        // The same length and CRC-32, other bytes.
        var other = small
        other[0] ^= 1
        other.withUnsafeBytes { #expect(cache.deflated($0, crc: 42) == nil) }
        large.withUnsafeBytes { input in
            cache.keep(input, crc: 1, deflated: UnsafeRawBufferPointer(start: input.baseAddress, count: 10))
            #expect(cache.deflated(input, crc: 1) == nil)
        }
    }
}
