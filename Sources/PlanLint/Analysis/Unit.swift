/// A matched stretch of a sentence: one token, or several tokens that form a known phrase or
/// agency name, with the word classes it belongs to.
struct Unit: Sendable {
    /// Token indices `first..<end` in the paragraph.
    var first: Int
    var end: Int
    var classes: WordClass
    /// Index of the agency term in the linter's ``AgencyTable``.
    var agency: Int32?

    func has(_ cls: WordClass) -> Bool { !classes.isDisjoint(with: cls) }
}
