/// Mechanical rewrites, offered only where the result is grammatical without reading the
/// sentence: an English modal (`UNHCR will` -> `RRP partners will`), a French or Spanish future
/// whose plural is regular (`le HCR assurera` -> `les partenaires du RRP assureront`,
/// `el ACNUR brindará` -> `los socios del RRP brindarán`), Chinese (no agreement).
enum FixItWriter {
    static func actor(_ g: AgencyGroup, verb v: Int, in s: SentenceContext) -> Rewrite? {
        let first = s.units[g.start].first
        let last = s.units[g.end - 1].end
        switch s.language {
        case "en":
            guard g.end < s.count, ["will", "shall"].contains(s.folded(g.end)) else { return nil }
            let start = g.start > 0 && s.has(g.start - 1, .determiner) ? s.units[g.start - 1].first : first
            return Rewrite(first: start, end: last, replacement: "RRP partners")
        case "fr", "es":
            guard g.agencies.count == 1, g.start > 0, s.has(g.start - 1, .determiner), g.end == v, s.has(v, .inflectedFuture) else { return nil }
            let verb = s.text(v)
            let plural: String
            if s.language == "fr" {
                guard verb.hasSuffix("a") else { return nil }
                plural = String(verb.dropLast()) + "ont"
            } else {
                guard verb.hasSuffix("á") else { return nil }
                plural = verb + "n"
            }
            let subject = cased(s.language == "fr" ? "les partenaires du RRP" : "los socios del RRP", like: s.text(g.start - 1))
            return Rewrite(first: s.units[g.start - 1].first, end: s.units[v].end, replacement: subject + " " + plural)
        case "zh":
            guard s.has(g.end, .future) else { return nil }
            return Rewrite(first: first, end: last, replacement: "计划合作伙伴")
        default:
            return nil
        }
    }

    /// `UNHCR and its partners` -> `RRP partners` (with the article in French and Spanish).
    static func partners(_ g: AgencyGroup, through last: Int, in s: SentenceContext) -> Rewrite? {
        let hasArticle = g.start > 0 && s.has(g.start - 1, .determiner)
        let start = hasArticle ? s.units[g.start - 1].first : s.units[g.start].first
        let end = s.units[last].end
        let article = hasArticle ? s.text(g.start - 1) : s.text(g.start)
        switch s.language {
        case "en": return Rewrite(first: start, end: end, replacement: "RRP partners")
        case "fr": return Rewrite(first: start, end: end, replacement: cased("les partenaires du RRP", like: article))
        case "es": return Rewrite(first: start, end: end, replacement: cased("los socios del RRP", like: article))
        case "zh": return Rewrite(first: start, end: end, replacement: "计划合作伙伴")
        default: return nil
        }
    }

    /// `IOM's teams will` -> `partners' teams will`.
    static func possessiveStaff(agency a: Int, in s: SentenceContext) -> Rewrite? {
        guard s.language == "en", a + 1 < s.count else { return nil }
        let initial = a == s.firstWord
        return Rewrite(first: s.units[a].first, end: s.units[a + 1].end, replacement: initial ? "Partners'" : "partners'")
    }

    /// First-person rewrites: `we` -> `RRP partners`, `our` -> `partners'`, `nos équipes` ->
    /// `les équipes des partenaires`, `nuestros equipos` -> `los equipos de los socios`, `我们` ->
    /// `计划合作伙伴`.
    static func firstPerson(_ u: Int, in s: SentenceContext) -> Rewrite? {
        let unit = s.units[u]
        let next = u + 1 < s.count && s.token(u + 1).kind == .word ? u + 1 : nil
        switch (s.language, s.folded(u)) {
        case ("en", "we"):
            return Rewrite(first: unit.first, end: unit.end, replacement: "RRP partners")
        case ("en", "our"):
            return Rewrite(first: unit.first, end: unit.end, replacement: s.isCapitalized(u) ? "Partners'" : "partners'")
        case ("fr", "nous"):
            guard let n = next, s.has(n, .inflectedFuture), s.text(n).hasSuffix("ons") else { return nil }
            let verb = String(s.text(n).dropLast(3)) + "ont"
            return Rewrite(first: unit.first, end: s.units[n].end, replacement: cased("les partenaires du RRP", like: s.text(u)) + " " + verb)
        case ("fr", "nos"):
            guard let n = next else { return nil }
            return Rewrite(first: unit.first, end: s.units[n].end, replacement: cased("les", like: s.text(u)) + " " + s.text(n) + " des partenaires")
        case ("es", "nuestro"), ("es", "nuestra"), ("es", "nuestros"), ("es", "nuestras"):
            guard let n = next else { return nil }
            let article = ["nuestro": "el", "nuestra": "la", "nuestros": "los", "nuestras": "las"][s.folded(u)] ?? "los"
            return Rewrite(first: unit.first, end: s.units[n].end, replacement: cased(article, like: s.text(u)) + " " + s.text(n) + " de los socios")
        case ("zh", "我们"):
            return Rewrite(first: unit.first, end: unit.end, replacement: "计划合作伙伴")
        case ("zh", "我们的"):
            return Rewrite(first: unit.first, end: unit.end, replacement: "合作伙伴的")
        default:
            return nil
        }
    }

    /// `text` with a capital first letter when `model` starts with one.
    static func cased(_ text: String, like model: String) -> String {
        guard model.first?.isUppercase == true, let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
