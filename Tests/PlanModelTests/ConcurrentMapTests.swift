import PlanModel
import Testing

/// Results come in the items' order whatever order the items are started in, and the first error
/// in the items' order is the one thrown.
@Suite struct ConcurrentMapTests {
    private struct Failure: Error, Equatable { var item: Int }

    @Test func resultsKeepTheItemsOrderWhateverTheSchedule() {
        let items = Array(0..<200).map { "item \($0)" }
        let schedule = Array(items.indices.reversed().filter { $0 % 3 == 0 }) + items.indices.filter { $0 % 3 != 0 }
        #expect(ConcurrentMap.map(items, scheduled: schedule) { $0.uppercased() } == items.map { $0.uppercased() })
        #expect(ConcurrentMap.map(items) { $0.count } == items.map(\.count))
        #expect(ConcurrentMap.map(["one"], scheduled: [0]) { $0 + "!" } == ["one!"])
        #expect(ConcurrentMap.map([String](), scheduled: []) { $0 }.isEmpty)
    }

    @Test func theFirstErrorInTheItemsOrderIsThrown() {
        let items = Array(0..<50)
        #expect(throws: Failure(item: 7)) {
            try ConcurrentMap.map(items, scheduled: items.reversed()) { (item: Int) throws(Failure) -> Int in
                if item == 7 || item == 30 { throw Failure(item: item) }
                return item
            }
        }
        #expect(throws: Never.self) { try ConcurrentMap.map(items) { (item: Int) throws(Failure) -> Int in item } }
    }
}
