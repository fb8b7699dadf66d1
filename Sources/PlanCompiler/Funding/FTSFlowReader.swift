import PlanModel
import PlanSyntax

/// Reads an FTS flow export as the public FTS API returns it (`/v1/public/fts/flow`): an object
/// whose `data.flows` is the list of flows (a bare list of flows, or `flows` at the top, is read
/// the same way). Each flow gives `id`, `amountUSD`, `status` (`paid`, `commitment`, `pledge`),
/// `boundary` (`incoming`, `outgoing`, `internal`), `date`, and its `destinationObjects`: the
/// receiving `Organization`, its `Location`s and its `GlobalCluster`s (plan `Cluster`s when
/// there is no global one). The flat fields of FTS's own exports (`destOrganization`,
/// `destLocations`, `destGlobalClusters`) are read too. See docs/funding.md.
///
/// The document is walked with ``JSONCursor``: every value is checked, but only these fields
/// are decoded; the rest (donors, versions, the flows' other members) is skipped without being
/// built. When a member is written twice, the first one counts.
enum FTSFlowReader {
    /// The records of `file`, or why it is not an FTS flow export. `quick`: flows written as
    /// the FTS API writes them are read straight from their bytes (``FlowBytes``); without it
    /// (for the tests that compare the two) every flow is read with the cursor's calls.
    static func records(_ file: SourceFile, quick: Bool = true) -> Result<FundingRecords, FundingFileError> {
        JSONCursor.reading(file.bytes) { cursor in
            var walk = FlowWalk(file: file, cursor: cursor, quick: quick)
            do throws(JSONSyntaxError) {
                return try walk.document()
            } catch {
                return .failure(FundingFileError(offset: error.offset, message: "is not valid JSON: \(error.message)"))
            }
        }
    }
}

/// One walk through an FTS export.
struct FlowWalk {
    let file: SharedSourceFile
    var cursor: JSONCursor
    /// The texts met so far, so that a name written in thousands of flows is one string.
    var texts: InternedTexts
    /// Whether flows are read by ``FlowBytes`` first.
    let quick: Bool

    init(file: SourceFile, cursor: JSONCursor, quick: Bool) {
        self.file = SharedSourceFile(file)
        self.cursor = cursor
        texts = InternedTexts(file.bytes)
        self.quick = quick
    }

    /// The flows of `data.flows` (of every `data` object and its every `flows` list, as long as
    /// the first `data` has a `flows` list first), else those of a top-level list, else those
    /// of the first top-level `flows`.
    mutating func document() throws(JSONSyntaxError) -> Result<FundingRecords, FundingFileError> {
        let root = try cursor.kind()
        let rootStart = cursor.offset
        var data = FundingRecords()
        var dataListed: Bool?
        var top: FundingRecords?
        var topSeen = false
        switch root {
        case .array:
            top = try flows()
        case .object:
            cursor.enterObject()
            while let name = try cursor.nextMember() {
                if cursor.text(name, is: "data") {
                    guard try cursor.kind() == .object else {
                        if dataListed == nil { dataListed = false }
                        try cursor.skipValue()
                        continue
                    }
                    let firstData = dataListed == nil
                    var flowsSeen = false
                    cursor.enterObject()
                    while let inner = try cursor.nextMember() {
                        guard cursor.text(inner, is: "flows") else { try cursor.skipValue(); continue }
                        let isList = try cursor.kind() == .array
                        if firstData, !flowsSeen { dataListed = isList }
                        flowsSeen = true
                        // The first list is taken as it is (appending it would copy every record).
                        if isList {
                            let more = try flows()
                            data.append(contentsOf: more)
                        } else {
                            try cursor.skipValue()
                        }
                    }
                    if firstData, !flowsSeen { dataListed = false }
                } else if !topSeen, cursor.text(name, is: "flows") {
                    topSeen = true
                    if try cursor.kind() == .array { top = try flows() } else { try cursor.skipValue() }
                } else {
                    try cursor.skipValue()
                }
            }
        default:
            try cursor.skipValue()
        }
        try cursor.end()
        if dataListed == true { return .success(data) }
        if let top { return .success(top) }
        return .failure(FundingFileError(offset: rootStart, message: "is JSON but not an FTS flow export: no 'data.flows' list"))
    }

    /// The records of the list of flows at the cursor.
    mutating func flows() throws(JSONSyntaxError) -> FundingRecords {
        var records = FundingRecords()
        cursor.enterArray()
        while try cursor.nextItem() {
            let record = try flow(into: &records)
            records.append(record)
        }
        return records
    }

    /// The flow at the cursor, its names added to `records`; a value that is not an object is a
    /// record without any field.
    mutating func flow(into records: inout FundingRecords) throws(JSONSyntaxError) -> FundingRecord {
        let kind = try cursor.kind()
        var record = FundingRecord(shared: file, start: cursor.offset, end: cursor.offset + 1)
        guard kind == .object else {
            try cursor.skipValue()
            return record
        }
        if quick, let quick = quickFlow(into: &records) { return quick }
        var seen = Members()
        cursor.enterObject()
        while let name = try cursor.nextMember() {
            switch Self.member(name, in: cursor) {
            case .id? where seen.insert(.id): record.id = try field()
            case .amount? where seen.insert(.amount): record.amount = try field()
            case .status? where seen.insert(.status): record.status = try field()
            case .boundary? where seen.insert(.boundary): record.boundary = try field()
            case .date? where seen.insert(.date): record.date = try field()
            case .destinations? where seen.insert(.destinations): try destinations(into: &records)
            case .organisations? where seen.insert(.organisations): for name in try names() { records.add(name, as: .flatOrganisation) }
            case .countries? where seen.insert(.countries): for name in try names() { records.add(name, as: .flatLocation) }
            case .sectors? where seen.insert(.sectors): for name in try names() { records.add(name, as: .flatGlobalCluster) }
            default: try cursor.skipValue()
            }
        }
        return record
    }

    /// The members of a flow that are read.
    enum Member: Int {
        case id, amount, status, boundary, date, destinations, organisations, countries, sectors
    }

    /// The members of a flow met so far.
    struct Members {
        private var bits = 0
        /// Whether `member` is met for the first time (and now marked).
        mutating func insert(_ member: Member) -> Bool {
            let bit = 1 << member.rawValue
            defer { bits |= bit }
            return bits & bit == 0
        }
    }

    /// The member `name` (read by `cursor`) is, when it is one the reader reads.
    static func member(_ name: JSONString, in cursor: JSONCursor) -> Member? {
        // Compared by length first: most names are told apart without reading them.
        switch name.end - name.start - 2 {
        case 2: cursor.text(name, is: "id") ? .id : nil
        case 4: cursor.text(name, is: "date") ? .date : nil
        case 6: cursor.text(name, is: "status") ? .status : nil
        case 8: cursor.text(name, is: "boundary") ? .boundary : nil
        case 9: cursor.text(name, is: "amountUSD") ? .amount : nil
        case 13: cursor.text(name, is: "destLocations") ? .countries : nil
        case 16: cursor.text(name, is: "destOrganization") ? .organisations : nil
        case 18:
            cursor.text(name, is: "destinationObjects") ? .destinations
                : cursor.text(name, is: "destGlobalClusters") ? .sectors : nil
        default: name.escaped ? member(text: cursor.text(name)) : nil
        }
    }

    /// A member name written with escapes (`"\u0069d"`), by its text.
    static func member(text: String) -> Member? {
        switch text {
        case "id": .id
        case "amountUSD": .amount
        case "status": .status
        case "boundary": .boundary
        case "date": .date
        case "destinationObjects": .destinations
        case "destOrganization": .organisations
        case "destLocations": .countries
        case "destGlobalClusters": .sectors
        default: nil
        }
    }

    /// A string or number at the cursor as a field; anything else is skipped (`nil`).
    mutating func field() throws(JSONSyntaxError) -> FundingRecord.Field? {
        switch try cursor.kind() {
        case .string:
            let string = try cursor.string()
            // A text with escapes is made as it is, not numbered (its bytes are not its text).
            guard !string.escaped else { return FundingRecord.Field(text: cursor.text(string), start: string.start, end: string.end) }
            let (text, number) = texts.numbered((string.start + 1)..<(string.end - 1))
            return FundingRecord.Field(text: text, start: string.start, end: string.end, numbered: number)
        case .number:
            // IDs and amounts rarely repeat: made where they are, stored inside the string.
            let range = cursor.number()
            return FundingRecord.Field(text: cursor.text(range), start: range.lowerBound, end: range.upperBound)
        default:
            try cursor.skipValue()
            return nil
        }
    }

    /// Adds the names of `destinationObjects` at the cursor (nothing when it is not a list).
    mutating func destinations(into out: inout FundingRecords) throws(JSONSyntaxError) {
        guard try cursor.kind() == .array else {
            try cursor.skipValue()
            return
        }
        cursor.enterArray()
        while try cursor.nextItem() {
            guard try cursor.kind() == .object else { try cursor.skipValue(); continue }
            var kind: FundingRecords.Kind?
            var name: FundingRecord.Field?
            var nameSeen = false
            cursor.enterObject()
            while let member = try cursor.nextMember() {
                if kind == nil, cursor.text(member, is: "type") {
                    kind = try type()
                } else if !nameSeen, cursor.text(member, is: "name") {
                    nameSeen = true
                    name = try field()
                } else {
                    try cursor.skipValue()
                }
            }
            if let kind, let name { out.add(name, as: kind) }
        }
    }

    /// A destination object's `type` at the cursor.
    mutating func type() throws(JSONSyntaxError) -> FundingRecords.Kind {
        guard try cursor.kind() == .string else {
            try cursor.skipValue()
            return .other
        }
        return Self.kind(try cursor.string(), in: cursor)
    }

    /// The kind of destination the `type` `s` (read by `cursor`) names.
    static func kind(_ s: JSONString, in cursor: JSONCursor) -> FundingRecords.Kind {
        // Compared by length first, unless an escape makes the length another than the text's.
        switch s.escaped ? -1 : s.end - s.start - 2 {
        case 12: return cursor.text(s, is: "Organization") ? .organisation : .other
        case 8: return cursor.text(s, is: "Location") ? .location : .other
        case 13: return cursor.text(s, is: "GlobalCluster") ? .globalCluster : .other
        case 7: return cursor.text(s, is: "Cluster") ? .cluster : .other
        case -1:
            if cursor.text(s, is: "Organization") { return .organisation }
            if cursor.text(s, is: "Location") { return .location }
            if cursor.text(s, is: "GlobalCluster") { return .globalCluster }
            if cursor.text(s, is: "Cluster") { return .cluster }
            return .other
        default: return .other
        }
    }

    /// A flat names field at the cursor (`destOrganization`...): a list of names (strings, or
    /// objects with a `name`), or one text with several names separated by `;` or `|`.
    mutating func names() throws(JSONSyntaxError) -> [FundingRecord.Field] {
        switch try cursor.kind() {
        case .array:
            var out: [FundingRecord.Field] = []
            cursor.enterArray()
            while try cursor.nextItem() {
                guard try cursor.kind() == .object else {
                    if let item = try field() { out.append(item) }
                    continue
                }
                var name: FundingRecord.Field?
                var nameSeen = false
                cursor.enterObject()
                while let member = try cursor.nextMember() {
                    if !nameSeen, cursor.text(member, is: "name") {
                        nameSeen = true
                        name = try field()
                    } else {
                        try cursor.skipValue()
                    }
                }
                if let name { out.append(name) }
            }
            return out
        case .string, .number:
            guard let all = try field() else { return [] }
            return FundingCSVReader.split(all.text).map { FundingRecord.Field(text: $0, start: all.start, end: all.end) }
        default:
            try cursor.skipValue()
            return []
        }
    }
}
