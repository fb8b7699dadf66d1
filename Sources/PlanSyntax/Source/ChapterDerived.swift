import PlanModel

/// Values derived from one chapter's parse, made once and shared by every copy of its
/// ``ChapterSource``: the language server keeps each chapter's parse across edits of the others,
/// and re-compiles the plan after each edit, so an unchanged chapter's section tree is built
/// once, not once per edit. Safe from any thread.
public final class ChapterDerived: Sendable {
    /// The narrative, under the one key `narrative`.
    private let values = OnceCache<String, Narrative>()

    public init() {}

    /// The chapter's narrative, made by `make` on first use.
    public func narrative(_ make: () -> Narrative) -> Narrative {
        values.value(for: "narrative", make: make)
    }
}
