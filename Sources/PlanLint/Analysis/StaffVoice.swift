/// The head of an agency's office or team as the subject that opens the sentence (`Le chef du
/// bureau du HCR à Kakuma a salué`, `El director de la oficina del ACNUR elogió`): the head's
/// praise, thanks or appeal is the office's, so the agency's voice, as `The Head of the UNHCR
/// sub-office applauded` is in English. A representative's appraisal (`El representante del ACNUR
/// valoró`) is read as before.
enum StaffVoice {
    /// Titles of the head of an office or team.
    static let titles = Keys.of(["chef", "cheffe", "jefe", "jefa", "directeur", "directrice", "director", "directora",
                                 "responsable", "coordinateur", "coordinatrice", "coordinador", "coordinadora"])

    /// Whether the units from the sentence's start (or from after a connective and its comma)
    /// through the staff noun at `q` are a title
    /// (with `staff`, any staff noun: `le représentant`) and only articles, genitives, staff nouns
    /// and the words of an acting or deputy title (`en funciones`, `par intérim`, `adjoint`) besides.
    static func opensSentence(through q: Int, staff: Bool = false, in s: SentenceContext) -> Bool {
        // Past a connective and its comma (`No obstante,`, `However,`, `Par ailleurs,`).
        let start = connectiveEnd(before: q, in: s)
        return (start...q).contains { s.isWord($0, titles) || staff && s.has($0, .staffNoun) } && (start...q).allSatisfy { u in
            s.has(u, [.determiner, .staffNoun]) || s.isWord(u, Keys.articles) || Keys.genitive.contains(s.token(u).key) || s.isWord(u, titles) || s.isWord(u, titleModifiers)
        }
    }

    /// The unit after a comma among the sentence's first four units, when only words without a
    /// verb or an agency stand before it (a connective: `No obstante,`, `However,`); 0 otherwise.
    private static func connectiveEnd(before q: Int, in s: SentenceContext) -> Int {
        guard let comma = (0..<min(4, q)).first(where: { s.isComma($0) }), comma > 0,
              (0..<comma).allSatisfy({ s.token($0).kind == .word && s.units[$0].agency == nil && !s.has($0, [.verbForm, .auxiliary, .copula]) })
        else { return 0 }
        return comma + 1
    }

    /// Words of an acting, interim, deputy or regional title after its noun.
    static let titleModifiers = Keys.of(["en", "funciones", "interino", "interina", "adjunto", "adjunta", "par", "intérim", "adjoint", "adjointe",
                                         "régional", "régionale", "regional", "principal", "principale"])

    /// The advocacy verb at `v` calls on others or appeals (`exhorter`, `instar`, `appeler`,
    /// `urge`), as opposed to praising or thanking them (`saluer`, `valorar`, `commend`).
    static func calls(_ v: Int, in s: SentenceContext) -> Bool {
        !s.isWord(v, praise)
    }

    /// Every form of the verbs of praise and thanks, which an official may say for themselves.
    private static let praise = Keys.of(["commend", "commends", "commended", "praise", "praises", "praised", "welcome", "welcomes", "welcomed",
                                         "applaud", "applauds", "applauded", "thank", "thanks", "thanked", "acknowledge", "acknowledges", "acknowledged"]
        + ["saluer", "féliciter", "remercier", "louer", "applaudir", "valoriser"].flatMap { FrenchConjugation.forms(of: $0).map(\.0) }
        + ["valorar", "resaltar", "elogiar", "destacar", "agradecer", "celebrar", "aplaudir", "felicitar", "reconocer"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) })
}
