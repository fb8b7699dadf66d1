extension String {
    /// The text between its space bytes (`" "`), empty pieces included: what
    /// `split(separator: " ", omittingEmptySubsequences: false)` gives when no space is part of a
    /// larger character (see ``spacesStandAlone``), without breaking the text into characters.
    var wordsAtSpaces: [Substring] {
        var words: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        var i = start
        // A space's byte is a scalar boundary: its index and the next are indices of the text.
        while i < utf8.endIndex {
            if utf8[i] == 0x20 {
                words.append(self[start..<i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        words.append(self[start...])
        return words
    }

    /// Whether every space of the text has an ASCII byte (or the text's end) on either side, so
    /// that none is joined to a combining mark after it or a prepended mark before it: each is a
    /// character of its own.
    var spacesStandAlone: Bool {
        var copy = self
        return copy.withUTF8 { bytes in
            for i in bytes.indices where bytes[i] == 0x20 {
                if i > 0, bytes[i - 1] >= 0x80 { return false }
                if i + 1 < bytes.count, bytes[i + 1] >= 0x80 { return false }
            }
            return true
        }
    }
}
