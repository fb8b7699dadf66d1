/// Verbs written with the repetition prefix (`reiniciar`, `reabrir`, `relancer`, `réinstaller`,
/// `restart`, `reopen`): a word the lexicon does not know, in lower case, that is `re`/`ré`
/// followed by a known form of an action verb is that form of an action verb. Only the action
/// and the form are taken (`retiene` is not `tiene`'s auxiliary; `reporte` is no verb of the
/// lexicon after `re`); the rest must be at least four bytes long (`reto`, `resto` stay unknown).
enum VerbPrefix {
    /// The classes a prefix gives: the action and the verb form, nothing else.
    static let kept: WordClass = [.action, .verbForm, .participle, .infinitive, .gerund, .inflectedFuture]

    /// The classes of the lower-case word `utf8` read as a prefixed form of a verb of `verbs`, or
    /// none.
    static func classes(of utf8: ArraySlice<UInt8>, verbs: VerbTable) -> WordClass {
        guard utf8.count >= 6, utf8[utf8.startIndex] == 0x72 else { return [] } // r
        let second = utf8.index(after: utf8.startIndex)
        let rest: Int
        if utf8[second] == 0x65 { rest = 2 } // re
        else if utf8[second] == 0xC3, utf8[second + 1] == 0xA9 { rest = 3 } // ré
        else { return [] }
        let stem = utf8.dropFirst(rest)
        guard stem.count >= 4 else { return [] }
        let classes = stem.withUnsafeBufferPointer { verbs.lookup(TokenHash.hash($0)) }
        guard classes.contains(.action) else { return [] }
        return classes.intersection(kept)
    }
}
