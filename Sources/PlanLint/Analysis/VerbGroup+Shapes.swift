/// The shape of a word the lexicon does not know, read as a verb: an English finite verb by its
/// ending, a Spanish preterite, an infinitive.
extension VerbGroup {
    /// A word the lexicon does not know in the place of an infinitive after a catenative or a
    /// causative (`se ha comprometido a abordar`, `était contraint de ralentir`, `was forced to
    /// downsize`): an infinitive by its ending in French and Spanish, any lower-case word after
    /// English `to`. What the lexicon does not name is an act.
    static func unknownInfinitive(_ r: Int, in s: SentenceContext) -> Bool {
        guard r < s.count, s.token(r).kind == .word, s.units[r].classes.isEmpty, s.units[r].agency == nil else { return false }
        let t = s.token(r)
        guard t.key == t.exactKey else { return false }
        return s.language == "en" ? s.isWord(r - 1, Keys.to) : infinitiveShape(t, in: s)
    }

    /// A French or Spanish infinitive by its ending (`débuter`, `iniciar`, `construire`).
    static func infinitiveShape(_ t: Token, in s: SentenceContext) -> Bool {
        let endings = s.language == "fr" ? ["er", "ir", "re"] : ["ar", "er", "ir"]
        return endings.contains { s.prose.hasFoldedSuffix(t, $0) }
    }

    /// An unknown English word right after its subject that looks like a finite verb: `-ed`,
    /// or `-s` followed by what starts an object (`helps returnees`, `trucks water to`).
    static func englishFiniteShape(_ q: Int, in s: SentenceContext) -> Bool {
        let t = s.token(q)
        if s.prose.hasFoldedSuffix(t, "ed"), t.byteCount > 4 { return true }
        guard s.prose.hasFoldedSuffix(t, "s"), !s.prose.hasFoldedSuffix(t, "ss"), t.byteCount > 3, q + 1 < s.count else { return false }
        let next = s.token(q + 1)
        return next.kind == .number || s.has(q + 1, [.determiner, .preposition]) || (next.kind == .word && s.units[q + 1].classes.isEmpty && !s.isCapitalized(q + 1) && !s.has(q + 1, .verbForm))
    }

    /// An unknown Spanish word in lower case that can only be a preterite: `-ó` after a stem of three
    /// letters or more (`fletó`, `gestionó`), `-aron` or `-ieron` (`fletaron`, `cubrieron`).
    static func spanishPreteriteShape(_ t: Token, in s: SentenceContext) -> Bool {
        t.byteCount > 5 && (s.prose.hasFoldedSuffix(t, "ó") || s.prose.hasFoldedSuffix(t, "aron") || s.prose.hasFoldedSuffix(t, "ieron"))
    }
}
