/// `gracias al trabajo conjunto entre ACNUR y la Superintendencia`, `thanks to the joint work of
/// UNHCR and the ministry`, `grâce au travail conjoint du HCR et de la direction`: credit given to
/// work done together is shared, not one agency's promotion. `gracias al trabajo de ACNUR` is read
/// as before.
enum SharedCredit {
    /// Adjectives of work done together.
    private static let joint = Keys.of(["joint", "combined", "concerted", "collective", "shared",
                                        "conjoint", "conjointe", "conjoints", "conjointes", "commun", "commune", "communs", "communes", "concerté", "concertés",
                                        "conjunto", "conjunta", "conjuntos", "conjuntas", "común", "comunes", "concertado", "concertados", "mancomunado"])
    private static let chineseJoint = ["共同", "联合", "携手"]

    /// The self-promotion cue at `cue` credits joint work: a joint adjective within the few units
    /// between the cue and the next agency; in Chinese, where the agencies come first
    /// (`得益于难民署和移民局的共同努力`), `共同`, `联合` before the clause's comma.
    static func isShared(_ cue: Int, in s: SentenceContext) -> Bool {
        var q = cue + 1
        while q < s.count, q <= cue + 10, !s.isComma(q), !s.token(q).isSentenceEnd {
            if s.language == "zh" {
                if chineseJoint.contains(where: { s.hanziWord(q).hasPrefix($0) }) { return true }
            } else if s.isAgency(q) || q > cue + 6 {
                return false
            } else if s.isWord(q, joint) { return true }
            q += 1
        }
        return false
    }
}
