import Dispatch
import PlanModel

extension SectionMatcher {
    /// Starts building the heading matchers of the built-in vocabulary (every kind) on another
    /// thread, before any plan is read: what a plan without `sections:` settings uses, and a
    /// plan with its own words still finds the words it shares with them made (``SectionWords``,
    /// the country names of each language). `rrp compile` starts it while its arguments are
    /// parsed and its plan folder is read, when a core is otherwise idle; the matchers are the
    /// ones ``preparing(_:)`` and the compile ask for (same cache), so nothing is built twice.
    static func prepareBuiltIn() {
        _ = builtInStarted
    }

    /// Started on first use only.
    private static let builtInStarted: Void = DispatchQueue.global().async {
        for kind in SectionKind.allCases { _ = shared(vocabulary: .builtIn, kind: kind) }
    }
}
