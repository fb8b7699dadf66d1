import PlanDiagnostics
import PlanModel
import Testing

/// ``Swift/Array/sortInPresentationOrder()`` gives what the standard library's stable
/// `sort(by: Diagnostic.presentationOrder)` gives: the same order, ties (diagnostics that differ
/// only in their notes or fix-its) kept in the order they came in.
@Suite struct PresentationSortTests {
    /// Diagnostics over three files and a few offsets, many of them tied in presentation order,
    /// told apart by a note that the order does not read.
    static func shuffled(_ count: Int, seed: UInt64) -> [Diagnostic] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let rules = [DiagnosticFixtures.rule("language.agency-as-actor", .warning), DiagnosticFixtures.rule("language.first-person", .warning)]
        return (0..<count).map { k in
            let offset = next(6)
            let range = next(5) == 0 ? nil : DiagnosticFixtures.at(1 + offset, 1, offset * 10, length: 3)
            return rules[next(2)].diagnostic(file: ["a.md", "b.md", "c/d.md"][next(3)], range: range, summary: ["x", "y"][next(2)], notes: [DiagnosticNote("arrived \(k)")])
        }
    }

    @Test(arguments: [0, 1, 2, 7, 64, 1_000])
    func sortsAsTheStableSortDoes(count: Int) {
        for seed: UInt64 in [1, 2, 3] {
            let input = Self.shuffled(count, seed: seed)
            var sorted = input
            sorted.sortInPresentationOrder()
            #expect(sorted == input.sorted(by: Diagnostic.presentationOrder))
        }
    }

    @Test func anArrayInOrderIsLeftAsItIs() {
        var input = Self.shuffled(200, seed: 9)
        input.sort(by: Diagnostic.presentationOrder)
        var again = input
        again.sortInPresentationOrder()
        #expect(again == input)
    }
}
