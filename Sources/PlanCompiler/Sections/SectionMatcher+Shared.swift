import Foundation

extension SectionMatcher {
    /// The matcher of `kind` for `vocabulary`, built once per process and vocabulary: building
    /// one stems every phrase of the vocabulary, which cost a fifth of each re-check in the
    /// language server (six matchers per compile). Safe from any thread.
    static func shared(vocabulary: SectionVocabulary, kind: SectionKind) -> SectionMatcher {
        MatcherCache.shared.value(for: MatcherCache.Key(vocabulary: vocabulary, kind: kind)) {
            SectionMatcher(vocabulary: vocabulary, kind: kind)
        }
    }
}

/// Matchers by vocabulary and kind. A process sees one or a few vocabularies (the built-in one,
/// extended by a plan's `sections:`); the cache starts over past 32 entries, so that a long
/// editing session that changes `sections:` often stays bounded.
private final class MatcherCache: @unchecked Sendable {
    static let shared = MatcherCache()

    struct Key: Hashable {
        var vocabulary: SectionVocabulary
        var kind: SectionKind
    }

    private let lock = NSLock()
    private var values: [Key: SectionMatcher] = [:]

    func value(for key: Key, make: () -> SectionMatcher) -> SectionMatcher {
        lock.lock()
        if let v = values[key] {
            lock.unlock()
            return v
        }
        lock.unlock()
        let v = make()
        lock.lock()
        defer { lock.unlock() }
        if values.count >= 32 { values.removeAll() }
        values[key] = v
        return v
    }
}
