import CCmark
import Glibc

/// The memory of one cmark parse: cmark's allocations are carved from large chunks, its frees
/// do nothing, and the whole tree (with the HTML and CommonMark rendered from it) goes at
/// once when the parse is done. A chapter's tree is a few hundred thousand small allocations
/// (nodes, content buffers grown by `realloc`): through glibc they cost about a third of cmark's
/// own parsing, and freeing the tree node by node as much again.
///
/// cmark's allocator (`cmark_mem`) has no context pointer: the functions find the arena of the
/// calling thread, set by ``with(_:)`` for the time of its body. A tree parsed with ``memory``
/// must be used only inside that body, on that thread; what cmark returns for it (rendered HTML
/// or CommonMark) is released with ``release(_:)``, never with `free`.
struct CmarkArena {
    /// The allocator to give `cmark_parser_new_with_mem` (made once, never written after).
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: arenaCalloc, realloc: arenaRealloc, free: arenaFree))
        return memory
    }()

    /// The size of a chunk; an allocation larger than a quarter of it gets a chunk of its own.
    static let chunkSize = 256 * 1024
    /// Bytes before each allocation that hold its size (16: allocations stay 16-byte aligned);
    /// a chunk's first 16 bytes link it to the chunk allocated before it.
    static let header = 16

    /// The newest chunk (each links to the one before: the arena is a plain value, reached from
    /// the allocator's functions through a pointer, with no reference counting).
    private var chunks: UnsafeMutableRawPointer?
    /// The free part of the current chunk.
    private var cursor: UnsafeMutableRawPointer?
    private var end: UnsafeMutableRawPointer?
    /// The last allocation of the current chunk (grown in place by `realloc`).
    private var last: UnsafeMutableRawPointer?

    /// Runs `body` with a fresh arena as the calling thread's; the arena and everything cmark
    /// allocated in it are freed when `body` returns.
    static func with<T>(_ body: () throws -> T) rethrows -> T {
        let arena = UnsafeMutablePointer<CmarkArena>.allocate(capacity: 1)
        arena.initialize(to: CmarkArena())
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, arena)
        defer {
            pthread_setspecific(key, previous)
            var chunk = arena.pointee.chunks
            while let current = chunk {
                chunk = current.load(as: UnsafeMutableRawPointer?.self)
                Glibc.free(current)
            }
            arena.deinitialize(count: 1)
            arena.deallocate()
        }
        return try body()
    }

    /// Releases what cmark returned for a tree of the arena: nothing to do, the arena frees it.
    static func release(_ pointer: UnsafeMutablePointer<CChar>) {}

    /// The calling thread's arena (set by ``with(_:)``).
    @inline(__always)
    fileprivate static var current: UnsafeMutablePointer<CmarkArena> {
        guard let raw = pthread_getspecific(key) else { fatalError("cmark allocated outside CmarkArena.with") }
        return raw.assumingMemoryBound(to: CmarkArena.self)
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        guard pthread_key_create(&key, nil) == 0 else { fatalError("pthread_key_create failed") }
        return key
    }()

    /// A new chunk of `size` bytes (its link included), linked before the others.
    private mutating func chunk(_ size: Int) -> UnsafeMutableRawPointer {
        guard let chunk = Glibc.malloc(size) else { fatalError("cmark: out of memory") }
        chunk.storeBytes(of: chunks, as: UnsafeMutableRawPointer?.self)
        chunks = chunk
        return chunk + Self.header
    }

    /// Room for `size` bytes (not zeroed: chunks are not, so that a small parse touches only
    /// the pages it uses).
    fileprivate mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let needed = (Self.header + size + 15) & ~15
        if needed > Self.chunkSize / 4 {
            let start = chunk(Self.header + needed)
            start.storeBytes(of: size, as: Int.self)
            return start + Self.header
        }
        if let cursor, let end, end - cursor >= needed {
            return carve(at: cursor, needed: needed, size: size)
        }
        let start = chunk(Self.chunkSize)
        end = start - Self.header + Self.chunkSize
        return carve(at: start, needed: needed, size: size)
    }

    private mutating func carve(at start: UnsafeMutableRawPointer, needed: Int, size: Int) -> UnsafeMutableRawPointer {
        start.storeBytes(of: size, as: Int.self)
        cursor = start + needed
        last = start + Self.header
        return start + Self.header
    }

    /// `pointer`'s block with room for `size` bytes: grown in place when it is the last one of
    /// the current chunk and the chunk has room, else copied into a new block.
    fileprivate mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer {
        guard let pointer else { return allocate(size) }
        let old = (pointer - Self.header).load(as: Int.self)
        if size <= old { return pointer }
        if pointer == last, let end {
            let needed = (Self.header + size + 15) & ~15
            if (pointer - Self.header) + needed <= end {
                (pointer - Self.header).storeBytes(of: size, as: Int.self)
                cursor = (pointer - Self.header) + needed
                return pointer
            }
        }
        let moved = allocate(size)
        moved.copyMemory(from: pointer, byteCount: old)
        return moved
    }
}

private func arenaCalloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    let (total, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow else { return nil }
    let pointer = CmarkArena.current.pointee.allocate(total)
    pointer.initializeMemory(as: UInt8.self, repeating: 0, count: total)
    return pointer
}

private func arenaRealloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    CmarkArena.current.pointee.reallocate(pointer, size)
}

private func arenaFree(_ pointer: UnsafeMutableRawPointer?) {}
