import PlanModel
import Synchronization

extension SectionMatcher {
    /// The matcher of `kind` for `vocabulary`, built once per process and vocabulary: building
    /// one stems every phrase of the vocabulary, which cost a fifth of each re-check in the
    /// language server (six matchers per compile). Safe from any thread.
    static func shared(vocabulary: SectionVocabulary, kind: SectionKind) -> SectionMatcher {
        matchers.value(for: MatcherKey(vocabulary: vocabulary, kind: kind)) { SectionMatcher(vocabulary: vocabulary, kind: kind) }
    }

    /// A number no other matcher of this process has.
    static func nextIdentity() -> Int {
        matchersMade.add(1, ordering: .relaxed).newValue
    }
}

/// How many matchers this process has made.
private let matchersMade = Atomic<Int>(0)

private struct MatcherKey: Hashable, Sendable {
    var vocabulary: SectionVocabulary
    var kind: SectionKind
}

/// A process sees one or a few vocabularies (the built-in one, extended by a plan's
/// `sections:`); the cache starts over past 32 matchers, so that a long editing session that
/// changes `sections:` often stays bounded.
private let matchers = OnceCache<MatcherKey, SectionMatcher>(limit: 32)
