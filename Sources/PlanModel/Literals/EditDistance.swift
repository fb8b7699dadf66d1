/// Levenshtein distance, for near-miss suggestions ("did you mean 'requirements'?").
public enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions from `a` to `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates within a small distance of `word`, closest first (at most `limit`).
    public static func nearest(to word: String, in candidates: [String], limit: Int = 1) -> [String] {
        let bound = max(2, word.count / 3)
        return candidates
            .map { ($0, between($0.lowercased(), word.lowercased())) }
            .filter { $0.1 <= bound }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }
}
