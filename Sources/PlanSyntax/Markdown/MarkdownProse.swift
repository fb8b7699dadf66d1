/// What the language rules read of a chapter's body, as one flat list of events over one byte
/// buffer: its headings and paragraphs with their inline text, code spans, raw HTML, images and
/// breaks, and its HTML blocks, in document order. Emphasis, strong emphasis and links are
/// transparent (their content is inline with the paragraph's); lists and list items leave no
/// event; code blocks and thematic breaks are left out.
///
/// A parse with ``LoadOptions/proseOnly`` builds it straight from cmark's nodes instead of the
/// tree of ``MarkdownBlock`` values (about two allocations and a `String` per node); any tree
/// converts to the same events with ``init(blocks:)``.
public struct MarkdownProse: Sendable, Hashable {
    /// What an event is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// A heading opens (``Event/level``); its inline events follow, then ``end``.
        case heading
        /// A paragraph opens (``Event/quoted`` inside a block quote; ``Event/start`` and
        /// ``Event/end`` its range); its inline events follow, then ``end``.
        case paragraph
        /// Closes the heading or paragraph opened last.
        case end
        /// A run of literal text, at ``Event/start`` when ``Event/exact``.
        case text
        /// A code span (``Event/start``..``Event/end`` in the file).
        case code
        /// Inline raw HTML (its range in the file; ``Event/exact`` when the literal is the file's
        /// bytes there).
        case html
        /// An image opens (its range in the file); its description's events follow, then
        /// ``imageEnd``.
        case image
        /// Closes the image opened last.
        case imageEnd
        /// A soft or hard line break.
        case lineBreak
        /// An HTML block (comments included), at ``Event/start``.
        case htmlBlock
    }

    /// One event: a block's opening or closing, or an inline.
    public struct Event: Sendable, Hashable {
        public var kind: Kind
        /// A heading's level; 1 for a paragraph in a block quote, else 0.
        public var level: UInt8
        /// Text or HTML whose literal is the file's bytes at ``start``.
        public var exact: Bool
        /// File offsets of the event's range (only ``start`` for text and HTML blocks).
        public var start: Int
        public var end: Int
        /// The literal's bytes in ``MarkdownProse/bytes`` (text, code, HTML).
        public var lo: Int32
        public var hi: Int32

        /// A paragraph in a block quote.
        public var quoted: Bool { level != 0 }

        public init(kind: Kind, level: UInt8 = 0, exact: Bool = false, start: Int = 0, end: Int = 0, lo: Int32 = 0, hi: Int32 = 0) {
            self.kind = kind
            self.level = level
            self.exact = exact
            self.start = start
            self.end = end
            self.lo = lo
            self.hi = hi
        }
    }

    public var events: [Event] = []
    /// The literals of every text, code and HTML event, one after the other.
    public var bytes: [UInt8] = []

    public init() {}

    /// Appends an event whose literal is `literal`'s bytes.
    public mutating func append(_ event: Event, literal: UnsafeBufferPointer<UInt8>) {
        var event = event
        event.lo = Int32(bytes.count)
        bytes.append(contentsOf: literal)
        event.hi = Int32(bytes.count)
        events.append(event)
    }

    /// Appends an event whose literal is `literal`.
    public mutating func append(_ event: Event, literal: String) {
        var literal = literal
        literal.withUTF8 { append(event, literal: $0) }
    }

    /// The literal of `event`.
    public func literal(_ event: Event) -> ArraySlice<UInt8> { bytes[Int(event.lo)..<Int(event.hi)] }

    /// The index of the event that closes the heading, paragraph or image opened at `index`
    /// (`events.count` when it is missing).
    public func close(of index: Int) -> Int {
        let opening = events[index].kind
        let closing: Kind = opening == .image ? .imageEnd : .end
        var depth = 0
        var i = index + 1
        while i < events.count {
            let kind = events[i].kind
            if kind == opening {
                depth += 1
            } else if kind == closing {
                if depth == 0 { return i }
                depth -= 1
            }
            i += 1
        }
        return events.count
    }
}
