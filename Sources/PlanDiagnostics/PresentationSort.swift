extension Array where Element == Diagnostic {
    /// Sorts the diagnostics in ``Diagnostic/presentationOrder(_:_:)``, stably (diagnostics
    /// that neither precedes keep their order), as `sort(by:)` does, at less cost: an array
    /// already in order (a linted file's findings mostly are) is only checked, and another is
    /// sorted as a list of indices, then put in that order by swapping, so that no diagnostic
    /// (six reference-counted fields) is copied or compared through a copy.
    public mutating func sortInPresentationOrder() {
        guard count > 1 else { return }
        let inOrder = withUnsafeBufferPointer { all in
            (1..<all.count).allSatisfy { !Diagnostic.presentationOrder(all[$0], all[$0 - 1]) }
        }
        guard !inOrder else { return }
        var order = Array<Int>(indices)
        withUnsafeBufferPointer { all in
            order.sort { a, b in
                if Diagnostic.presentationOrder(all[a], all[b]) { return true }
                if Diagnostic.presentationOrder(all[b], all[a]) { return false }
                return a < b
            }
        }
        // Position k receives the diagnostic at order[k]: each cycle of the permutation is
        // followed by swaps, which move values without copying them.
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            var k = start
            while order[k] != start {
                swapAt(k, order[k])
                placed[k] = true
                k = order[k]
            }
            placed[k] = true
        }
    }
}
