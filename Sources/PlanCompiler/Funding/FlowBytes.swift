import PlanModel

/// One flow of an FTS export read in a single pass over its bytes, as the FTS API writes flows:
/// member names and strings without escapes, the flow's names in `destinationObjects`, values
/// nested at most ``maximumDepth`` levels. Any other flow (an escape, the flat fields
/// `destOrganization`..., deeper nesting), and any flow that is not valid JSON, is left to the
/// cursor's calls (``FlowWalk/flow()``), which read every flow and say where and why one is not
/// JSON: this path accepts only what they accept, checks every byte they check, and makes the
/// same record, without a call per member (about 30 members a flow, donors included).
struct FlowBytes {
    /// The flow is not one this path reads: the cursor reads it.
    struct Unusual: Error {}

    /// The deepest nesting read here, below the flow (the cursor's limit is far above it).
    static let maximumDepth = 16

    private let cursor: JSONCursor
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset reached: after the flow once ``flow(file:texts:)`` returns.
    private(set) var position: Int

    /// A reader of the flow object that `cursor` is at (``JSONCursor/kind()`` found an object).
    init(_ cursor: JSONCursor) {
        self.cursor = cursor
        bytes = cursor.buffer
        position = cursor.offset
    }

    /// The flow's record, as ``FlowWalk/flow(into:)`` makes it, its names added to `named`;
    /// `file` is the export, `texts` its texts met so far.
    mutating func flow(file: SharedSourceFile, texts: inout InternedTexts, names named: inout FundingRecords) throws(Unusual) -> FundingRecord {
        // The fields are kept apart and the record made at the end (a record filled in place
        // was copied once more on its way out).
        let start = position
        var id, amount, status, boundary, date: FundingRecord.Field?
        var seen = FlowWalk.Members()
        if try openObject() {
            repeat {
                let name = try memberName()
                switch FlowWalk.member(name, in: cursor) {
                case .id? where seen.insert(.id): id = try field(&texts, depth: 1)
                case .amount? where seen.insert(.amount): amount = try field(&texts, depth: 1)
                case .status? where seen.insert(.status): status = try field(&texts, depth: 1)
                case .boundary? where seen.insert(.boundary): boundary = try field(&texts, depth: 1)
                case .date? where seen.insert(.date): date = try field(&texts, depth: 1)
                case .destinations? where seen.insert(.destinations): try destinations(into: &named, &texts)
                // FTS's flat fields are read by the cursor, which joins them with the named ones.
                case .organisations?, .countries?, .sectors?: throw Unusual()
                default: try skipValue(depth: 1)
                }
            } while try moreMembers()
        }
        return FundingRecord(shared: file, start: start, end: start + 1, id: id, amount: amount, status: status, boundary: boundary, date: date)
    }

    /// Adds the names of the `destinationObjects` value at the position (nothing when it is not
    /// a list): the first `name` of each object whose first `type` is a kind the reader counts.
    private mutating func destinations(into out: inout FundingRecords, _ texts: inout InternedTexts) throws(Unusual) {
        guard byte(position) == UInt8(ascii: "[") else { return try skipValue(depth: 1) }
        guard try openArray() else { return }
        repeat {
            guard byte(position) == UInt8(ascii: "{") else {
                try skipValue(depth: 2)
                continue
            }
            var kind: FundingRecords.Kind?
            var name: FundingRecord.Field?
            var nameSeen = false
            if try openObject() {
                repeat {
                    let member = try memberName()
                    if kind == nil, cursor.text(member, is: "type") {
                        if byte(position) == UInt8(ascii: "\"") {
                            kind = FlowWalk.kind(try string(), in: cursor)
                        } else {
                            try skipValue(depth: 3)
                            kind = .other
                        }
                    } else if !nameSeen, cursor.text(member, is: "name") {
                        nameSeen = true
                        name = try field(&texts, depth: 3)
                    } else {
                        try skipValue(depth: 3)
                    }
                } while try moreMembers()
            }
            if let kind, let name { out.add(name, as: kind) }
        } while try moreItems()
    }

    /// The string or number at the position as a field (a string's text found among `texts`);
    /// `nil`, the value skipped, for another value, `depth` levels below the flow.
    private mutating func field(_ texts: inout InternedTexts, depth: Int) throws(Unusual) -> FundingRecord.Field? {
        let first = byte(position)
        if first == UInt8(ascii: "\"") {
            let s = try string()
            let (text, number) = texts.numbered((s.start + 1)..<(s.end - 1))
            return FundingRecord.Field(text: text, start: s.start, end: s.end, numbered: number)
        }
        if JSONCursor.isNumberByte(first) {
            let range = number()
            return FundingRecord.Field(text: cursor.text(range), start: range.lowerBound, end: range.upperBound)
        }
        try skipValue(depth: depth)
        return nil
    }

    /// Past the value at the position, `depth` levels below the flow, checked as
    /// ``JSONCursor/skipValue()`` checks it.
    private mutating func skipValue(depth: Int) throws(Unusual) {
        let first = byte(position)
        switch first {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { throw Unusual() }
            if try openObject() {
                repeat {
                    _ = try memberName()
                    try skipValue(depth: depth + 1)
                } while try moreMembers()
            }
        case UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw Unusual() }
            if try openArray() {
                repeat { try skipValue(depth: depth + 1) } while try moreItems()
            }
        case UInt8(ascii: "t"): try word("true")
        case UInt8(ascii: "f"): try word("false")
        case UInt8(ascii: "n"): try word("null")
        default:
            guard JSONCursor.isNumberByte(first) else { throw Unusual() }
            _ = number()
        }
    }

    /// The byte at `offset`, 0 past the end (a byte no JSON structure starts with).
    @inline(__always)
    private func byte(_ offset: Int) -> UInt8 {
        offset < bytes.count ? bytes[offset] : 0
    }

    @inline(__always)
    private mutating func skipSpace() {
        while true {
            let b = byte(position)
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            position += 1
        }
    }

    /// The string at the position, which has no escape.
    @inline(__always)
    private mutating func string() throws(Unusual) -> JSONString {
        let end = cursor.quoteOrBackslash(from: position + 1)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { throw Unusual() }
        defer { position = end + 1 }
        return JSONString(start: position, end: end + 1, escaped: false)
    }

    /// The run of number characters at the position.
    @inline(__always)
    private mutating func number() -> Range<Int> {
        let start = position
        while JSONCursor.isNumberByte(byte(position)) { position += 1 }
        return start..<position
    }

    private mutating func word(_ literal: StaticString) throws(Unusual) {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw Unusual() }
        for k in 0..<count where bytes[position + k] != literal.utf8Start[k] { throw Unusual() }
        position += count
    }

    /// Steps into the object at the position; whether a member follows (if not, the position
    /// is after the object).
    @inline(__always)
    private mutating func openObject() throws(Unusual) -> Bool {
        open(closing: UInt8(ascii: "}"))
    }

    /// Steps into the array at the position; whether an item follows (the position at it), if
    /// not the position is after the array.
    @inline(__always)
    private mutating func openArray() throws(Unusual) -> Bool {
        open(closing: UInt8(ascii: "]"))
    }

    /// Steps over the opening bracket at the position and the spaces after it; whether a member
    /// or item follows, or `closing` does (the position then after it).
    @inline(__always)
    private mutating func open(closing: UInt8) -> Bool {
        position += 1
        skipSpace()
        guard byte(position) == closing else { return true }
        position += 1
        return false
    }

    /// The member name at the position, the position then at its value.
    @inline(__always)
    private mutating func memberName() throws(Unusual) -> JSONString {
        guard byte(position) == UInt8(ascii: "\"") else { throw Unusual() }
        let name = try string()
        skipSpace()
        guard byte(position) == UInt8(ascii: ":") else { throw Unusual() }
        position += 1
        skipSpace()
        return name
    }

    /// After a member's value: whether another member follows (the position at its name), or
    /// the object ends (the position after it).
    @inline(__always)
    private mutating func moreMembers() throws(Unusual) -> Bool {
        try more(closing: UInt8(ascii: "}"))
    }

    /// After an item: whether another follows (the position at it), or the array ends (the
    /// position after it).
    @inline(__always)
    private mutating func moreItems() throws(Unusual) -> Bool {
        try more(closing: UInt8(ascii: "]"))
    }

    /// After a member or item: whether a comma and another follow (the position at it), or
    /// `closing` ends the object or array (the position after it). Its callers above are
    /// inlined too, so that `closing` is a constant where it is compared: called for each of
    /// the 1.25 million members and items of a 50,000-flow export, they cost 21 M instructions
    /// more as calls.
    @inline(__always)
    private mutating func more(closing: UInt8) throws(Unusual) -> Bool {
        skipSpace()
        let b = byte(position)
        position += 1
        if b == UInt8(ascii: ",") {
            skipSpace()
            return true
        }
        guard b == closing else { throw Unusual() }
        return false
    }
}

extension FlowWalk {
    /// The flow object at the cursor read by ``FlowBytes``, the cursor then after it; `nil`, the
    /// cursor where it was, when the flow is not one it reads.
    mutating func quickFlow(into records: inout FundingRecords) -> FundingRecord? {
        var reader = FlowBytes(cursor)
        do throws(FlowBytes.Unusual) {
            let record = try reader.flow(file: file, texts: &texts, names: &records)
            cursor.skip(to: reader.position)
            return record
        } catch {
            // The names it met are met again.
            records.discardNames()
            return nil
        }
    }
}
