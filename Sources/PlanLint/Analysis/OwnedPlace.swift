/// An agency's premises named as a place (`fueron registrados en los centros del ACNUR`, `were
/// registered at UNHCR's centres`, `enregistrés dans les centres du HCR`): the agency only says
/// where something happens, as `in the camps` would. Its premises as a subject (`UNHCR's centres
/// offer`) are read as before.
enum OwnedPlace {
    /// Premises that can be a place of arrival, registration or service.
    static let premises = Keys.of(["centre", "centres", "center", "centers", "centro", "centros", "office", "offices",
                                   "oficina", "oficinas", "bureau", "bureaux", "sub-office", "sub-offices"])

    /// Whether the premises noun at `noun` follows a locative preposition (`en`, `in`, `at`, `dans`,
    /// `à`), past an article: `en los centros`, `dans les centres`.
    static func isPlace(noun: Int, in s: SentenceContext) -> Bool {
        guard s.isWord(noun, premises) else { return false }
        return locativeBefore(noun, in: s)
    }

    /// Whether the agency whose name starts at `start` owns premises (`'s centres`) after a
    /// locative preposition before it (`at UNHCR's centres`, `in the UNHCR's centres`).
    static func isPlace(owner start: Int, noun: Int, in s: SentenceContext) -> Bool {
        s.isWord(noun, premises) && locativeBefore(start, in: s)
    }

    private static func locativeBefore(_ u: Int, in s: SentenceContext) -> Bool {
        var b = u - 1
        if b >= 0, s.has(b, .determiner) || s.isWord(b, Keys.articles) { b -= 1 }
        return b >= 0 && s.isWord(b, Keys.place)
    }
}
