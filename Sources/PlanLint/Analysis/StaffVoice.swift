/// The head of an agency's office or team as the subject that opens the sentence (`Le chef du
/// bureau du HCR à Kakuma a salué`, `El director de la oficina del ACNUR elogió`): the head's
/// praise, thanks or appeal is the office's, so the agency's voice, as `The Head of the UNHCR
/// sub-office applauded` is in English. A representative's appraisal (`El representante del ACNUR
/// valoró`) is read as before.
enum StaffVoice {
    /// Titles of the head of an office or team.
    static let titles = Keys.of(["chef", "cheffe", "jefe", "jefa", "directeur", "directrice", "director", "directora",
                                 "responsable", "coordinateur", "coordinatrice", "coordinador", "coordinadora"])

    /// Whether the units from the sentence's start through the staff noun at `q` are a title
    /// and only articles, genitives and staff nouns besides.
    static func opensSentence(through q: Int, in s: SentenceContext) -> Bool {
        (0...q).contains { s.isWord($0, titles) } && (0...q).allSatisfy { u in
            s.has(u, [.determiner, .staffNoun]) || s.isWord(u, Keys.articles) || Keys.genitive.contains(s.token(u).key) || s.isWord(u, titles)
        }
    }
}
