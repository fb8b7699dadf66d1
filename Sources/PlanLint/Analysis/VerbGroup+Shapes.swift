/// The shape of a word the lexicon does not know, read as a verb: an English finite verb by its
/// ending, a Spanish preterite, an infinitive.
extension VerbGroup {
    /// A word the lexicon does not know in the place of an infinitive after a catenative or a
    /// causative (`se ha comprometido a abordar`, `était contraint de ralentir`, `was forced to
    /// downsize`): an infinitive by its ending in French and Spanish, any lower-case word after
    /// English `to`. What the lexicon does not name is an act.
    static func unknownInfinitive(_ r: Int, in s: SentenceContext) -> Bool {
        guard unknownLowerCaseWord(r, in: s) else { return false }
        return s.language == "en" ? s.isWord(r - 1, Keys.to) : infinitiveShape(s.token(r), in: s)
    }

    /// A word in lower case that the lexicon does not know and that names no agency: the words
    /// whose shape is read.
    static func unknownLowerCaseWord(_ u: Int, in s: SentenceContext) -> Bool {
        guard u >= 0, u < s.count, s.token(u).kind == .word, s.units[u].classes.isEmpty, s.units[u].agency == nil else { return false }
        let t = s.token(u)
        return t.key == t.exactKey
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

    /// An unknown French word in lower case right after its subject that looks like a finite verb:
    /// a present or imperfect ending (`-e`, `-ent`, `-ait`, `-aient`; not a participle's `-ée`),
    /// before what starts an object or a complement (an article, a determiner, a possessive, `de`,
    /// `à`, a number: `prépare son`, `dispose d'une`, `s'évertue à`). The subject is a bare name
    /// (`l'UNHCR Mauritanie`), not a preposition's object (`enregistrés par le HCR s'élève à`).
    static func frenchFiniteShape(_ q: Int, in s: SentenceContext) -> Bool {
        let t = s.token(q)
        guard t.byteCount > 3, q + 1 < s.count, !s.prose.hasFoldedSuffix(t, "ée"), !s.prose.hasFoldedSuffix(t, "ées"),
              ["e", "ent", "ait", "aient"].contains(where: { s.prose.hasFoldedSuffix(t, $0) }) else { return false }
        let next = s.token(q + 1)
        guard next.kind == .number || s.has(q + 1, [.determiner, .possessiveBefore]) || s.isWord(q + 1, Keys.frenchObjectStarts) else { return false }
        // Back past the reflexive pronoun, the name (its words, brackets, a country office) and
        // its article, to what stands before the subject.
        var a = s.isWord(q - 1, Keys.reflexive) ? q - 2 : q - 1
        while a >= 0, a > q - 12, s.units[a].agency != nil || s.isCapitalized(a) || s.isAllCaps(a) || s.token(a).kind == .punctuation && !s.isComma(a) && !s.token(a).isClauseEnd {
            a -= 1
        }
        if a >= 0, s.has(a, .determiner) || s.isWord(a, Keys.articles) { a -= 1 }
        return a < 0 || !s.has(a, .preposition)
    }

    /// After an unknown French word `q`, `à` or `de` (or `d'`) and an infinitive, known or by its
    /// ending (`tient à faire`, `vise à renforcer`); the infinitive's unit. An object clitic may
    /// stand before the infinitive (`cherche à les aider`).
    static func unknownCatenativeInfinitive(after q: Int, in s: SentenceContext) -> Int? {
        guard q + 2 < s.count, s.isWord(q + 1, Keys.frenchInfinitiveMarkers) else { return nil }
        var r = q + 2
        if s.isWord(r, Keys.frenchObjectClitics), s.has(r + 1, .infinitive) || unknownInfinitive(r + 1, in: s) { r += 1 }
        if s.has(r, .infinitive), s.has(r, WordClass.meanings) { return r }
        return unknownInfinitive(r, in: s) ? r : nil
    }

    /// An unknown lower-case word that looks like a finite verb in the sentence's language: an
    /// English `-ed` or `-s` form, a Spanish preterite, a French present or imperfect.
    static func unknownFiniteShape(_ q: Int, in s: SentenceContext) -> Bool {
        guard unknownLowerCaseWord(q, in: s) else { return false }
        switch s.language {
        case "en": return englishFiniteShape(q, in: s)
        case "es": return spanishPreteriteShape(s.token(q), in: s)
        case "fr": return frenchFiniteShape(q, in: s)
        default: return false
        }
    }
}
