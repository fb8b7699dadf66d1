import Glibc

/// The memory an ``XMLWriter`` writes into: one `malloc`ed block grown with `realloc`, shared by
/// copies of a writer until one of them writes (the writer copies it first, as an array would).
///
/// Not an `[UInt8]`: appending a tag of a few bytes to an array checks its uniqueness and
/// capacity through the generic append, about a hundred instructions for each of the millions
/// of pieces a regional document is made of; here it is one check and a copy. And a part of
/// tens of megabytes grows by `realloc`, which glibc does by moving the block's pages (an array
/// allocates a new buffer, copies everything into it and touches fresh pages each time).
///
/// A block that grows past ``mappedSize`` (the regional document's body) is mapped by itself,
/// with room for ``mappedReserve`` bytes or twice what it needs, and asks the kernel for huge
/// pages (`MADV_HUGEPAGE`): 24 MB written in 4 KiB pages was about 6,000 page faults, a tenth
/// of a Word compile's system time; pages not written are never touched.
final class XMLBytes: @unchecked Sendable {
    /// The first byte; `count` of them are written, `capacity` allocated.
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// The bytes written (set by the writer after it writes past the old count).
    var count = 0
    private(set) var capacity: Int
    /// Whether the block is mapped by itself (``mappedSize``), not `malloc`ed.
    private var mapped = false

    /// The size past which a block is mapped by itself, with huge pages.
    static let mappedSize = 4 << 20
    /// The least room a mapped block is made with (address space, not memory).
    static let mappedReserve = 64 << 20

    /// Room for `capacity` bytes (at least 64).
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        guard let block = malloc(self.capacity) else { fatalError("XMLBytes: out of memory") }
        base = block.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        if mapped { munmap(base, capacity) } else { free(base) }
    }

    /// A copy of the bytes written, with room for `extra` more.
    func copy(reserving extra: Int) -> XMLBytes {
        let copy = XMLBytes(capacity: count + max(extra, count / 2))
        memcpy(copy.base, base, count)
        copy.count = count
        return copy
    }

    /// Grows the block (at least doubling it) to hold `needed` bytes.
    func grow(toHold needed: Int) {
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        if newCapacity > Self.mappedSize, let block = Self.map(max(Self.mappedReserve, 2 * needed)) {
            memcpy(block.block, base, count)
            if mapped { munmap(base, capacity) } else { free(base) }
            (base, capacity, mapped) = (block.block, block.size, true)
            return
        }
        guard !mapped else { fatalError("XMLBytes: out of memory") }
        guard let block = realloc(base, newCapacity) else { fatalError("XMLBytes: out of memory") }
        base = block.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    /// A block of at least `size` bytes mapped by itself (a whole number of 2 MiB huge pages),
    /// with huge pages asked for; `nil` when it cannot be mapped.
    private static func map(_ size: Int) -> (block: UnsafeMutablePointer<UInt8>, size: Int)? {
        let huge = 2 << 20
        let size = (size + huge - 1) / huge * huge
        guard let block = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), block != MAP_FAILED else { return nil }
        _ = madvise(block, size, MADV_HUGEPAGE)
        return (block.assumingMemoryBound(to: UInt8.self), size)
    }

    /// The bytes written.
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}
