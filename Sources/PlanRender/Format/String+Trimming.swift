extension String {
    /// The text without trailing spaces and line breaks.
    var trimmingTrailingWhitespace: String {
        let utf8 = self.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            let b = utf8[before]
            guard b == 32 || b == 9 || b == 10 || b == 13 else { break }
            end = before
        }
        return end == utf8.endIndex ? self : String(self[..<end])
    }
}
