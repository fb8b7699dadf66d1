import Foundation
import PlanModel
import PlanSyntax
import Testing
@testable import PlanCompiler

/// ``FlowBytes`` reads the flows written as the FTS API writes them straight from their bytes and
/// leaves every other flow to the cursor's calls: with it or without it, the reader gives the
/// same records (texts and positions) and the same errors (offset and message), whatever the
/// document, cut anywhere or with any byte changed.
@Suite struct FlowBytesTests {
    /// A flow as the FTS API writes it, with the members the reader skips.
    static let flow = #"""
    {"id": 100001, "versionId": 1, "amountUSD": 250000, "status": "paid", "boundary": "incoming", "date": "2026-03-01T00:00:00Z", "flowType": "Standard", "sourceObjects": [{"type": "Organization", "id": 9, "name": "Illustrative Donor", "behavior": "single"}], "destinationObjects": [{"type": "Organization", "id": 1, "name": "Norwegian Refugee Council (NRC)", "behavior": "single"}, {"type": "Location", "id": 2, "name": "Chad", "behavior": "single"}, {"type": "GlobalCluster", "id": 3, "name": "Protection", "behavior": "single"}], "flag": true, "note": null, "ratio": -1.5e3}
    """#

    /// What the reader makes of `json` (UTF-8: a file that is not is refused before it is read),
    /// every field with its text and range, or its error.
    func outcome(_ json: [UInt8], quick: Bool) -> String {
        switch FTSFlowReader.records(SourceFile(path: "fts.json", text: String(decoding: json, as: UTF8.self)), quick: quick) {
        case .failure(let error): return "error at \(error.offset): \(error.message)"
        case .success(let records):
            func show(_ field: FundingRecord.Field?) -> String { field.map { "\($0.text)@\($0.start)-\($0.end)" } ?? "-" }
            func show(_ fields: ArraySlice<FundingRecord.Field>) -> String { "[" + fields.map(show).joined(separator: ",") + "]" }
            return records.map { r in
                "\(r.start)-\(r.end) id \(show(r.id)) amount \(show(r.amount)) status \(show(r.status)) boundary \(show(r.boundary)) "
                    + "date \(show(r.date)) orgs \(show(r.organisations)) countries \(show(r.countries)) sectors \(show(r.sectors))"
            }.joined(separator: "\n")
        }
    }

    func expectSame(_ json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let bytes = Array(json.utf8)
        #expect(outcome(bytes, quick: true) == outcome(bytes, quick: false), "\(json)", sourceLocation: sourceLocation)
    }

    @Test func aFlowAsFTSWritesItIsReadAsTheCursorReadsIt() {
        let json = #"{"data": {"flows": ["# + Self.flow + ", " + Self.flow + "]}}"
        let quick = outcome(Array(json.utf8), quick: true)
        #expect(quick == outcome(Array(json.utf8), quick: false))
        // Both flows were read, with their fields (a test that would pass on two empty lists is no test).
        #expect(quick.contains("id 100001@") && quick.contains("orgs [Norwegian Refugee Council (NRC)@") && quick.split(separator: "\n").count == 2)
    }

    @Test func unusualFlowsGiveTheSameRecords() {
        for flow in [
            #"{}"#, #"{ }"#, #"{"id": 1,"id": 2, "amountUSD": "5", "amountUSD": 6}"#,
            #"{"id": null, "amountUSD": [1, {"a": [true, false, null]}], "status": {"x": 1}, "date": 20260301}"#,
            #"{"destinationObjects": [{"name": "A", "type": "Organization"}, {"type": "Organization", "type": "Location", "name": "B", "name": "C"}]}"#,
            #"{"destinationObjects": [{"type": 5, "name": "A"}, {"type": "Organization", "name": 7}, {"type": "Organization", "name": null}, "x", 3, [], {}]}"#,
            #"{"destinationObjects": [{"type": "Cluster", "name": "Shelter"}, {"type": "Cluster", "name": "WASH"}], "destinationObjects": [{"type": "Organization", "name": "Late"}]}"#,
            #"{"destinationObjects": {"type": "Organization", "name": "Not a list"}, "boundary": "internal"}"#,
            #"{"destinationObjects": [{"type": "Organization", "name": "NRC"}], "destOrganization": "UNHCR; WFP"}"#,
            #"{"destinationObjects": [{"type": "Organizatio", "name": "A"}, {"type": "Org\u0061nization", "name": "B"}, {"type": "GlobalCluster", "name": "Caf\u00e9"}]}"#,
            #"{"\u0069d": 7, "status": "pa\"id", "amountUSD": -2.5E+5}"#,
            " {\n\t\"id\" :\r 1 ,\"amountUSD\"\n:\n2\n}\n",
            #"{"deep": "# + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "}",
            #"{"deeper": "# + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}",
            #"{"id": 1, "more": [{"name": "x", "destinationObjects": [{"type": "Organization", "name": "Nested"}]}]}"#,
        ] {
            expectSame("[" + flow + "]")
            expectSame(#"{"data": {"flows": ["# + flow + ", " + Self.flow + "]}}")
        }
    }

    @Test func badInputGivesTheSameErrorsNeverACrash() {
        let json = Array((#"{"data": {"flows": ["# + Self.flow + ", " + Self.flow + "]}}").utf8)
        // Cut after every byte: each prefix is an error at the same place for the same reason.
        for end in 0..<json.count {
            let prefix = Array(json[..<end])
            let quick = outcome(prefix, quick: true)
            #expect(quick == outcome(prefix, quick: false), "cut at \(end)")
            #expect(quick.hasPrefix("error at "), "cut at \(end)")
        }
        // Every byte of the first flow changed to each of the bytes that matter to JSON.
        let flowStart = 20
        for offset in flowStart..<(flowStart + Self.flow.utf8.count) {
            for byte in Array(#"{}[]",:\ 0-e.tfnx"#.utf8) + [0x00, 0x0A, 0x7F] where json[offset] != byte {
                var changed = json
                changed[offset] = byte
                #expect(outcome(changed, quick: true) == outcome(changed, quick: false), "byte \(byte) at \(offset)")
            }
        }
    }
}
