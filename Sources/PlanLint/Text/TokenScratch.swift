/// A buffer the tokenizer writes a text run's tokens into before they join the paragraph's
/// array, kept for a whole chapter: a run can make as many tokens as it has bytes, and a
/// temporary allocation of that bound (too large for the stack) cost a `malloc` and a `free`
/// for every text run.
final class TokenScratch {
    private(set) var base: UnsafeMutablePointer<Token>
    private(set) var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    /// Makes room for at least `count` tokens (the contents are not kept).
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        base.deallocate()
        capacity = max(count, capacity * 2)
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }
}
