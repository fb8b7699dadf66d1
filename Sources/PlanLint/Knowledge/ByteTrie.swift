/// A trie over UTF-8 bytes: longest stem of a word (walking forward) or longest ending
/// (walking backward), without building substrings.
struct ByteTrie: Sendable {
    private var children: [[(byte: UInt8, node: Int32)]] = [[]]
    private var values: [WordClass?] = [nil]

    var isEmpty: Bool { children.count == 1 }

    mutating func insert(_ key: String, _ value: WordClass, reversed: Bool) {
        var node = 0
        let bytes = reversed ? Array(key.utf8.reversed()) : Array(key.utf8)
        for b in bytes {
            if let next = children[node].first(where: { $0.byte == b }) {
                node = Int(next.node)
            } else {
                children.append([])
                values.append(nil)
                children[node].append((b, Int32(children.count - 1)))
                node = children.count - 1
            }
        }
        values[node] = (values[node] ?? []).union(value)
    }

    /// The value of the longest key that is a prefix (or, `reversed`, a suffix) of `word`
    /// leaving at least `rest` bytes of the word outside the key.
    func longest<Bytes: BidirectionalCollection<UInt8>>(in word: Bytes, reversed: Bool, rest: Int) -> WordClass? {
        let count = word.count
        var node = 0
        var best: WordClass?
        var depth = 0
        func step(_ b: UInt8) -> Bool {
            guard let next = children[node].first(where: { $0.byte == b }) else { return false }
            node = Int(next.node)
            depth += 1
            if let v = values[node], count - depth >= rest { best = v }
            return true
        }
        if reversed {
            for b in word.reversed() where !step(b) { break }
        } else {
            for b in word where !step(b) { break }
        }
        return best
    }
}

/// The stem, ending and noun-ending tries of one language.
struct InflectionTables: Sendable {
    var stems = ByteTrie()
    var endings = ByteTrie()
    var nounEndings = ByteTrie()

    var isEmpty: Bool { stems.isEmpty && endings.isEmpty }

    /// Classes of an inflected word: its longest stem's, plus its ending's (`-era`: future);
    /// nothing for words with a noun ending (`-tion`, `-ción`...).
    func classes<Bytes: BidirectionalCollection<UInt8>>(of utf8: Bytes) -> WordClass {
        if nounEndings.longest(in: utf8, reversed: true, rest: 0) != nil { return [] }
        var classes = stems.longest(in: utf8, reversed: false, rest: 1) ?? []
        if let ending = endings.longest(in: utf8, reversed: true, rest: 3) { classes.formUnion(ending) }
        return classes
    }
}
