import PlanModel

extension TreeBuilder {
    /// An open mapping or sequence.
    struct Frame {
        var node: Int
        /// Column (0-based) of the block's keys or `-` markers.
        var indent: Int
        var isSequence: Bool
        /// A sequence written at the same indentation as its key (`key:` then `- a`).
        var compact: Bool
        var depth: Int
        /// First range of each key, kept only for blocks of ``linearKeyLimit`` keys or more
        /// (smaller blocks search their entries).
        var keys: [String: SourceRange] = [:]
        static let linearKeyLimit = 16
        var lastEnd: Int
    }
    /// A key or item with no value on its line: an indented block may follow.
    struct Pending {
        var node: Int
        var indent: Int
        var depth: Int
        var isEntry: Bool
        var poisoned: Bool
    }
    enum Segment {
        case dash(Int)
        case key(name: Range<Int>, colon: Int, value: ScalarToken?)
        case scalar(ScalarToken)

        var isDash: Bool {
            if case .dash = self { return true }
            return false
        }
    }
}
