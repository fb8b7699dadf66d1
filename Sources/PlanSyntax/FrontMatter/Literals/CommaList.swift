/// Splits a one-line list `a, b, c` into its items (trimmed, indices kept as file offsets).
enum CommaList {
    static let emptyItemID = DSLRules.emptyListItem

    /// The items, or the first empty item (`a,, b`, a trailing comma).
    static func split(_ bytes: LiteralBytes) -> Result<[LiteralBytes], LiteralFailure> {
        let s = bytes.trimmed
        var items: [LiteralBytes] = []
        var itemStart = s.startIndex
        var i = s.startIndex
        while i <= s.endIndex {
            if i == s.endIndex || s[i] == UInt8(ascii: ",") {
                let item = s[itemStart..<i].trimmed
                if item.isEmpty {
                    let at = i < s.endIndex ? i : max(s.endIndex - 1, s.startIndex)
                    return .failure(LiteralFailure(emptyItemID, at, min(at + 1, max(s.endIndex, at)), "Empty item in a comma list: remove the extra comma",
                                                   replace: i < s.endIndex || s.last == UInt8(ascii: ",") ? .init(start: at, end: at + 1, text: "") : nil))
                }
                items.append(item)
                itemStart = i + 1
            }
            i += 1
        }
        return .success(items)
    }

    /// Parses every item with `parse`; collects values and failures.
    static func parse<T>(_ bytes: LiteralBytes, _ parse: (LiteralBytes) -> Parsed<T>) -> (values: [(T, LiteralBytes, String?)], failures: [LiteralFailure]) {
        switch split(bytes) {
        case .failure(let f): return ([], [f])
        case .success(let items):
            var values: [(T, LiteralBytes, String?)] = []
            var failures: [LiteralFailure] = []
            for item in items {
                switch parse(item) {
                case .value(let v, let canonical): values.append((v, item, canonical))
                case .failure(let f): failures.append(f)
                }
            }
            return (values, failures)
        }
    }
}
