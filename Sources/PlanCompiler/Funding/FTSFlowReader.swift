import PlanModel
import PlanSyntax

/// Reads an FTS flow export as the public FTS API returns it (`/v1/public/fts/flow`): an object
/// whose `data.flows` is the list of flows (a bare list of flows, or `flows` at the top, is read
/// the same way). Each flow gives `id`, `amountUSD`, `status` (`paid`, `commitment`, `pledge`),
/// `boundary` (`incoming`, `outgoing`, `internal`), `date`, and its `destinationObjects`: the
/// receiving `Organization`, its `Location`s and its `GlobalCluster`s (plan `Cluster`s when
/// there is no global one). The flat fields of FTS's own exports (`destOrganization`,
/// `destLocations`, `destGlobalClusters`) are read too. See docs/funding.md.
enum FTSFlowReader {
    /// The records of `file`, or why it is not an FTS flow export.
    static func records(_ file: SourceFile) -> Result<[FundingRecord], FundingFileError> {
        // The API's shape is streamed: one flow at a time is held as a tree.
        let streamed = Collected()
        let root: JSONNode
        switch JSONDocument.parse(file.bytes, streaming: ["data", "flows"], each: { streamed.records.append(record($0, file: file)) }) {
        case .failure(let error): return .failure(FundingFileError(offset: error.offset, message: "is not valid JSON: \(error.message)"))
        case .success(let node): root = node
        }
        if let data = root["data"]?["flows"], case .array = data.value { return .success(streamed.records) }
        let flows: JSONNode
        if case .array = root.value {
            flows = root
        } else if let list = root["flows"], case .array = list.value {
            flows = list
        } else {
            return .failure(FundingFileError(offset: root.start, message: "is JSON but not an FTS flow export: no 'data.flows' list"))
        }
        return .success(flows.items.map { record($0, file: file) })
    }

    private static func record(_ flow: JSONNode, file: SourceFile) -> FundingRecord {
        func field(_ node: JSONNode?) -> FundingRecord.Field? {
            guard let node, let text = node.text else { return nil }
            return FundingRecord.Field(text: text, start: node.start, end: node.end)
        }
        func names(_ node: JSONNode?) -> [FundingRecord.Field] {
            guard let node else { return [] }
            if case .array = node.value { return node.items.compactMap { field($0["name"] ?? $0) } }
            guard let text = node.text else { return [] }
            return FundingCSVReader.split(text).map { FundingRecord.Field(text: $0, start: node.start, end: node.end) }
        }
        var record = FundingRecord(source: file, start: flow.start, end: min(flow.end, flow.start + 1))
        record.id = field(flow["id"])
        record.amount = field(flow["amountUSD"])
        record.status = field(flow["status"])
        record.boundary = field(flow["boundary"])
        record.date = field(flow["date"])
        let destinations = flow["destinationObjects"]?.items ?? []
        func objects(_ type: String) -> [FundingRecord.Field] {
            destinations.filter { $0["type"]?.text == type }.compactMap { field($0["name"]) }
        }
        record.organisations = objects("Organization") + names(flow["destOrganization"])
        record.countries = objects("Location") + names(flow["destLocations"])
        let global = objects("GlobalCluster") + names(flow["destGlobalClusters"])
        record.sectors = global.isEmpty ? objects("Cluster") : global
        return record
    }
}

/// The records of a streamed export, collected as the parser hands them over.
private final class Collected {
    var records: [FundingRecord] = []
}
