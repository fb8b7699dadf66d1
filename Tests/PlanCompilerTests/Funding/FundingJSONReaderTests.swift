import Foundation
import PlanModel
import PlanSyntax
import Testing
@testable import PlanCompiler

/// The FTS flow reader walks the export with ``JSONCursor`` and decodes only the fields it
/// counts: malformed JSON is an error with its position (the same as the tree reader's), escapes
/// and Unicode are decoded, numbers keep their exponent, and everything else is skipped, however
/// nested.
@Suite struct FundingJSONReaderTests {
    /// The records of `json` read as an FTS export.
    func read(_ json: String) -> Result<FundingRecords, FundingFileError> {
        FTSFlowReader.records(SourceFile(path: "fts.json", text: json))
    }

    func records(_ json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [FundingRecords.Entry] {
        switch read(json) {
        case .success(let records): return Array(records)
        case .failure(let error):
            Issue.record("not read: \(error.message) at \(error.offset)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// `json` with `↓` where the error must be: the message, or `nil` when it was read.
    func error(_ marked: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        let offset = marked.utf8.count - (marked.components(separatedBy: "↓").last?.utf8.count ?? 0) - "↓".utf8.count
        let json = marked.replacingOccurrences(of: "↓", with: "")
        guard case .failure(let error) = read(json) else { return nil }
        #expect(error.offset == offset, "\(json)", sourceLocation: sourceLocation)
        // The tree reader, the same grammar, stops at the same place for the same reason.
        if case .failure(let tree) = JSONDocument.parse(Array(json.utf8)) {
            #expect(tree.offset == error.offset && error.message == "is not valid JSON: " + tree.message, sourceLocation: sourceLocation)
        }
        return error.message
    }

    @Test func malformedJSONIsAnErrorAtItsPositionNeverACrash() {
        #expect(error(#"{"data": {"flows": [{"id": 1,↓}]}}"#)?.contains("expected a member name in double quotes") == true)
        #expect(error(#"{"data": {"flows": [{"id": 1 ↓"amountUSD": 5}]}}"#)?.contains("expected ',' or '}' in an object") == true)
        #expect(error(#"{"data": {"flows": [{"id": 1} ↓{"id": 2}]}}"#)?.contains("expected ',' or ']' in an array") == true)
        #expect(error(#"{"data": {"flows": [{"status": "paid↓"#)?.contains("the document ends inside a string") == true)
        #expect(error(#"{"data": {"flows": [{"status": "p\u↓00zz"}]}}"#)?.contains("four hex digits") == true)
        #expect(error(#"{"data": {"flows": [{"status": "\ud83d\u0041↓"}]}}"#)?.contains("surrogate") == true)
        #expect(error(#"{"data": {"flows": [{"boundary": ↓tru}]}}"#)?.contains("unexpected word") == true)
        #expect(error(#"{"data": {"flows": [{"amountUSD": ↓@}]}}"#)?.contains("unexpected character") == true)
        #expect(error(#"{"data": {"flows": []}} ↓x"#)?.contains("text after the end") == true)
        #expect(error(#"{"data": {"flows": [↓"#)?.contains("the document ends where a value is expected") == true)
        #expect(error(#"{"data" ↓5}"#)?.contains("expected ':' after a member name") == true)
        // Deep nesting in a member the reader skips is checked and bounded like any other.
        let deep = #"{"data": {"flows": [{"sourceObjects": "# + String(repeating: "[", count: 300) + "]}}"
        #expect(read(deep).failureMessage?.contains("nesting deeper than 256 levels") == true)
        // Valid JSON of another shape is not an export.
        #expect(error(#" ↓{"data": {"flows": {"id": 1}}}"#)?.contains("not an FTS flow export") == true)
        #expect(error(#"↓"flows""#)?.contains("not an FTS flow export") == true)
    }

    @Test func escapesAndUnicodeInStringsAreDecoded() throws {
        let json = #"[{"id": "a\"b", "destOrganization": "Caf\u00e9 \\ \"Relief\" \ud83d\ude00\n", "destLocations": "Côte d’Ivoire", "status": "pa\u0069d"}]"#
        let record = try #require(records(json).first)
        #expect(record.id?.text == "a\"b")
        #expect(record.organisations.map(\.text) == ["Café \\ \"Relief\" 😀\n"])
        #expect(record.countries.map(\.text) == ["Côte d’Ivoire"])
        #expect(record.status?.text == "paid")
        // A field's range is the value as written, quotes included.
        let id = try #require(record.id)
        #expect(Array(Array(json.utf8)[id.start..<id.end]) == Array(#""a\"b""#.utf8))
        // A member name written with an escape is that name.
        #expect(records(#"[{"\u0069d": 7, "amount\u0055SD": 1}]"#).first?.id?.text == "7")
        #expect(records(#"[{"\u0069d": 7, "amount\u0055SD": 1}]"#).first?.amount?.text == "1")
    }

    @Test func numbersAreKeptAsWrittenExponentsIncluded() throws {
        let record = try #require(records(#"{"flows": [{"id": 12, "amountUSD": 2.5E+5}, {"amountUSD": -1e3}]}"#).first)
        #expect(record.amount?.text == "2.5E+5")
        #expect(try FundingValues.amount(#require(record.amount?.text)).get() == 250_000)
        #expect(records(#"{"flows": [{"amountUSD": -1e3}]}"#).first?.amount?.text == "-1e3")
        // Not a string or a number: no value (a record without an amount, reported as such).
        #expect(records(#"[{"amountUSD": null, "id": true}]"#).first.map { $0.amount == nil && $0.id == nil } == true)
    }

    @Test func unknownFieldsAreSkippedHoweverNested() throws {
        let json = """
        {"meta": {"id": 1, "flows": [{"id": 2}]}, "data": {"total": [1, [2, {"x": null}]], "flows": [
          {"id": 3, "sourceObjects": [{"type": "Organization", "name": "Donor", "children": [{"id": 4, "name": "X"}]}],
           "extra": {"id": 5, "destinationObjects": [{"type": "Organization", "name": "Wrong"}], "deep": [[[{"a": "b"}]]]},
           "destinationObjects": [{"id": 1, "type": "Organization", "behavior": "single", "name": "NRC", "more": {"name": "Y"}},
                                  {"type": "Location", "name": "Chad"}, "stray", {"name": "No type"}, {"type": "Plan", "name": "RRP"},
                                  {"type": "Cluster", "name": "Shelter"}, {"type": "Cluster", "name": "WASH"}],
           "date": "2026-03-01T00:00:00Z", "amountUSD": 1000, "id": 6}
        ]}}
        """
        let all = records(json)
        #expect(all.count == 1)
        let record = try #require(all.first)
        // The first `id` counts, never one nested in another member.
        #expect(record.id?.text == "3")
        #expect(record.organisations.map(\.text) == ["NRC"])
        #expect(record.countries.map(\.text) == ["Chad"])
        // Plan clusters stand in when there is no global cluster.
        #expect(record.sectors.map(\.text) == ["Shelter", "WASH"])
        #expect(record.date?.text == "2026-03-01T00:00:00Z")
        // The record starts at its flow's opening brace.
        let flow = try #require(json.range(of: "{\"id\": 3"))
        #expect(record.start == json.utf8.distance(from: json.startIndex, to: flow.lowerBound))
    }

    @Test func theFlatFieldsOfFTSExportsAreReadToo() throws {
        let record = try #require(records(#"""
        {"data": {"flows": [{"amountUSD": 5, "destOrganization": [{"name": "NRC"}, "UNHCR", {"id": 3}, 4, null],
          "destLocations": "Chad; Cameroon | Niger", "destGlobalClusters": "Education",
          "destinationObjects": [{"type": "GlobalCluster", "name": "Protection"}, {"type": "Cluster", "name": "Ignored"}]}]}}
        """#).first)
        #expect(record.organisations.map(\.text) == ["NRC", "UNHCR", "4"])
        #expect(record.countries.map(\.text) == ["Chad", "Cameroon", "Niger"])
        #expect(record.sectors.map(\.text) == ["Protection", "Education"])
        // The values of one text share its range.
        #expect(Set(record.countries.map(\.start)).count == 1)
    }

    @Test func theShapesOfAnExportAndWhatIsNotAFlow() {
        #expect(records(#"[{"id": 1}, {"id": 2}]"#).compactMap(\.id?.text) == ["1", "2"])
        #expect(records(#"{"flows": [{"id": 1}], "data": {"other": []}}"#).compactMap(\.id?.text) == ["1"])
        // data.flows wins over a top-level list.
        #expect(records(#"{"flows": [{"id": 1}], "data": {"flows": [{"id": 2}]}}"#).compactMap(\.id?.text) == ["2"])
        // A flow that is not an object is a record without fields, at its position.
        let bare = records(#"[5, "x"]"#)
        #expect(bare.map(\.start) == [1, 4] && bare.allSatisfy { $0.amount == nil && $0.organisations.isEmpty })
    }

    @Test func repeatedTextsAreMadeOnce() {
        let bytes = Array("NRC UNHCR NRC NRC".utf8)
        var texts = InternedTexts(bytes)
        #expect(texts.text(0..<3) == "NRC" && texts.text(4..<9) == "UNHCR" && texts.text(10..<13) == "NRC" && texts.text(14..<17) == "NRC")
        #expect(texts.count == 2)
        // Many distinct texts: the table grows and still finds every one.
        let many = (0..<2000).map { "organisation \($0)" }.joined(separator: ",")
        var table = InternedTexts(Array(many.utf8))
        var start = 0
        var found: [String] = []
        for name in many.split(separator: ",") {
            let end = start + name.utf8.count
            found.append(table.text(start..<end))
            start = end + 1
        }
        #expect(found == many.split(separator: ",").map(String.init))
        #expect(table.count == 2000)
        #expect(table.text(0..<14) == "organisation 0" && table.count == 2000)
    }

    @Test func textsAreNumberedInTheOrderFirstMet() {
        let bytes = Array("NRC UNHCR NRC WFP UNHCR".utf8)
        var texts = InternedTexts(bytes)
        let read = [0..<3, 4..<9, 10..<13, 14..<17, 18..<23].map { texts.numbered($0) }
        #expect(read.map(\.text) == ["NRC", "UNHCR", "NRC", "WFP", "UNHCR"])
        #expect(read.map(\.number) == [0, 1, 0, 2, 1])
        // `text(_:)` numbers the texts it makes too.
        #expect(texts.text(0..<3) == "NRC" && texts.numbered(20..<23).number == 3 && texts.text(20..<23) == "HCR")
    }

    @Test func theFlowReaderNumbersTheTextsOfStringsAlone() throws {
        // Strings are numbered by their texts; numbers (IDs, amounts) and strings with escapes
        // are not (their bytes are not their texts, or they rarely repeat).
        let json = #"[{"id": 1, "amountUSD": 5, "status": "paid", "destinationObjects": [{"type": "Organization", "name": "paid"}]},"#
            + #" {"id": "1", "amountUSD": "5", "status": "p\u0061id", "destinationObjects": [{"type": "Location", "name": "Chad"}]}]"#
        for quick in [true, false] {
            let records = try FTSFlowReader.records(SourceFile(path: "fts.json", text: json), quick: quick).get()
            #expect(records.count == 2)
            #expect(records[0].id?.number == -1 && records[0].amount?.number == -1, "quick \(quick)")
            #expect(records[0].status?.number == 0 && records[0].organisations.first?.number == 0, "quick \(quick)")
            #expect(records[1].id?.number == 1 && records[1].amount?.number == 2, "quick \(quick)")
            #expect(records[1].status?.text == "paid" && records[1].status?.number == -1, "quick \(quick)")
            #expect(records[1].countries.first?.number == 3, "quick \(quick)")
        }
    }
}

private extension Result where Failure == FundingFileError {
    var failureMessage: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }
}
