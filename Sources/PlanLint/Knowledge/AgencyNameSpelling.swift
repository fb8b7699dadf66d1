/// Other spellings of a built-in agency name, as writers use them: British and American forms
/// (`International Organisation for Migration`, `World Health Organisation`), the office named for
/// its head or the reverse (`United Nations High Commission for Refugees`), the United Nations
/// abbreviated or spelled out (`UN Children's Fund`), and an article dropped (`Alto Comisionado de
/// Naciones Unidas`). The pairs are data (`agencies.json`, `spellings`); each is a sequence of
/// whole words, replaced where it stands in a name as a sequence of whole words.
///
/// The pairs are split into words once and words are compared by their bytes; a name none of whose
/// words starts a pair is dismissed before anything is built (most names).
struct AgencyNameSpelling: Sendable {
    private let pairs: [(from: [Substring], to: [Substring])]

    init(_ spellings: [[String]]) {
        pairs = spellings.filter { $0.count == 2 }.map { (Self.words($0[0]), Self.words($0[1])) }.filter { !$0.from.isEmpty }
    }

    /// The names obtained from `name` by replacing one pair's first form by its second, for each
    /// pair whose first form `name` holds (one replacement at a time, then the replacements of
    /// two pairs together), in the order of the pairs; `name` itself is not among them.
    func variants(of name: String) -> [String] {
        let words = Self.words(name)
        guard words.contains(where: { word in pairs.contains { Self.same($0.from[0], word) } }) else { return [] }
        var out: [String] = []
        var seen: Set<[Substring]> = [words]
        var frontier = [words]
        for _ in 0..<2 {
            var next: [[Substring]] = []
            for text in frontier {
                for pair in pairs {
                    guard let replaced = Self.replacing(pair.from, with: pair.to, in: text), seen.insert(replaced).inserted else { continue }
                    out.append(replaced.joined(separator: " "))
                    next.append(replaced)
                }
            }
            frontier = next
        }
        return out
    }

    /// The variants of `name` for the pairs `spellings` (each pair split anew: for tests).
    static func variants(of name: String, spellings: [[String]]) -> [String] {
        AgencyNameSpelling(spellings).variants(of: name)
    }

    private static func words(_ text: String) -> [Substring] {
        text.split(separator: " ")
    }

    /// Words compared by their bytes, as names are matched (no Unicode equivalence to compute).
    private static func same(_ a: Substring, _ b: Substring) -> Bool {
        let x = a.utf8, y = b.utf8
        // Lengths first, then the bytes in the strings' storage (the generic element-wise
        // comparison of two UTF-8 views cost about 180 instructions a pair).
        guard x.count == y.count else { return false }
        if let equal = x.withContiguousStorageIfAvailable({ xb in
            y.withContiguousStorageIfAvailable { yb in xb.elementsEqual(yb) }
        }), let equal { return equal }
        return x.elementsEqual(y)
    }

    /// `words` with the first occurrence of the sequence `from` replaced by `to`, or nil.
    private static func replacing(_ from: [Substring], with to: [Substring], in words: [Substring]) -> [Substring]? {
        guard words.count >= from.count else { return nil }
        for start in 0...(words.count - from.count) where same(words[start], from[0]) {
            var k = 1
            while k < from.count, same(words[start + k], from[k]) { k += 1 }
            if k == from.count { return Array(words[..<start]) + to + Array(words[(start + from.count)...]) }
        }
        return nil
    }
}
