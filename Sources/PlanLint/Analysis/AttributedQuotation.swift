/// A quotation attributed to an agency or to its official speaking for it (`"We are working with
/// the authorities," said the UNHCR spokesperson`, `« Nous manquons de ressources », a déclaré
/// le représentant du HCR`, `UNICEF的帕卡拉说：「我们……」`): in a plan, the agency's own voice, so its
/// words are read as if the plan had written them without quotation marks. A quotation whose
/// speaker is a refugee, a minister, a government, someone the sentence does not tie to an
/// agency, or no one named, stays left alone.
///
/// The speaker is looked for only in the sentence: after the closing mark (`, said X`, `, a
/// déclaré X`, `, señaló X`, `」X表示`), before the opening mark (`X said: "`, `X表示：「`,
/// `according to X, "`), or, for a quotation after a colon, in the subject that opens the
/// sentence (`难民署前线主任……：「`). A quotation opened in the sentence before continues its
/// speaker. Asked only in a paragraph with a quotation mark (``ProseParagraph/quoted``), of
/// sentences that hold a quoted token (``QuoteMarker`` marked them).
enum AttributedQuotation {

    /// What a sentence's quotations are read as: the words its agency speaker voices, and
    /// statements (a sentence that is a quotation and nothing else, its speaker named nowhere
    /// near: `« L'OIM a considérablement intensifié ses opérations. »`), whose agency named in the
    /// third person acts as in the plan's own words, while their first person stays the unknown
    /// speaker's.
    struct Reading {
        /// Token ranges read as unquoted for every rule.
        var voiced: [Range<Int>] = []
        /// Token ranges read as unquoted for the agency's mentions, not for the first person.
        var statements: [Range<Int>] = []

        /// Every range read as unquoted.
        var unquoted: [Range<Int>] { voiced + statements }
    }

    /// The reading of the quoted words of `units` (a sentence's): those its agency speaker voices,
    /// and a whole-sentence statement with no speaker (``Reading``); `agencies` the linter's
    /// names; `before` are the units of the sentence before in the same paragraph (a quotation
    /// that opened there). Empty when nothing is quoted.
    static func reading(_ units: [Unit], before: [Unit], after: [Unit], tokens: [Token], prose: ProseText, language: String, agencies: AgencyTable) -> Reading {
        // The cue: a quoted token in the sentence.
        guard units.contains(where: { tokens[$0.first].quoted }) else { return Reading() }
        // `the agency`, `its`, `该组织` may name the speaker when an agency is named in the sentence or the one before.
        let named = (before + units).contains { $0.agency != nil }
        let reader = Reader(units: units, tokens: tokens, prose: prose, language: language, agencies: agencies, references: named)
        var out = Reading()
        var u = 0
        while u < units.count {
            guard tokens[units[u].first].quoted else { u += 1; continue }
            var end = u
            while end < units.count, tokens[units[end].first].quoted { end += 1 }
            let continued = u == 0 && !reader.isMark(0)
            // The quotation goes on in the next sentence: its speaker may follow it there.
            let goesOn = end == units.count && !reader.isMark(end - 1) && after.first.map { tokens[$0.first].quoted } == true
            // `Le PAM a « mobilisé des ressources »`: a quotation that goes on a clause begun
            // outside it, right after the agency or its auxiliary, is the sentence's own predicate.
            // (Not after a verb of speech: `said it has "done everything"` is the speaker's.)
            let integrated = u >= 1 && reader.isMark(u) && (units[u - 1].has(.auxiliary) || reader.isAgency(u - 1))
                && !(0..<u).contains(where: { reader.isSpeech($0) })
            let attributed = integrated || reader.speakerAfter(end) || reader.speakerBefore(u)
                || continued && Reader(units: before, tokens: tokens, prose: prose, language: language, agencies: agencies, references: named).opensVoicedQuotationAtEnd()
                || goesOn && Reader(units: after, tokens: tokens, prose: prose, language: language, agencies: agencies, references: named).closesVoicedQuotation()
            if attributed {
                out.voiced.append(units[u].first..<units[end - 1].end)
            } else if reader.isMark(u), u == 0, end == units.count || (end..<units.count).allSatisfy({ tokens[units[$0].first].kind == .punctuation }),
                      !reader.endsWithSpeechFrame(before: before) {
                // A statement: the whole sentence quoted, no speaker in it, and none at the end of
                // the sentence before (`Amina raconte :`).
                out.statements.append(units[u].first..<units[end - 1].end)
            }
            u = end
        }
        return out
    }

    /// A paragraph's tokens with the voiced quotations of the sentence being read unquoted (the
    /// marks stay quoted). The paragraph is copied once and the sentences' ranges are unquoted and
    /// restored in place, so a paragraph of many voiced sentences costs its length, not its length
    /// times its sentences.
    struct Unquoted {
        private var paragraph = -1
        private var buffer: [Token] = []
        private var changed: [Range<Int>] = []

        /// Paragraph `index`'s `tokens` with the quoted words of `ranges` read as unquoted; the
        /// ranges of the call before are restored first.
        mutating func tokens(_ ranges: [Range<Int>], paragraph index: Int, _ tokens: [Token]) -> [Token] {
            if paragraph != index {
                (paragraph, buffer, changed) = (index, tokens, [])
            } else {
                for range in changed { for i in range { buffer[i].quoted = tokens[i].quoted } }
            }
            for range in ranges {
                for i in range where !(buffer[i].kind == .punctuation && QuoteMarker.isMark(buffer[i].scalar)) { buffer[i].quoted = false }
            }
            changed = ranges
            return buffer
        }
    }

    /// `findings` without one that holds the start of another of the same rule: the speaker's
    /// reported clause and the quoted words (`难民署发言人表示：「难民署需要…`) are one finding, the
    /// quoted words'.
    static func merged(_ findings: [Finding]) -> [Finding] {
        findings.filter { f in !findings.contains { $0.rule == f.rule && $0.first > f.first && $0.first < f.end } }
    }

    /// Concern the agency's speaker voices in its quotation with no agency named in it (`« La
    /// situation est très préoccupante », a déclaré le représentant de l'UNICEF`): an advocacy
    /// finding at the concern word of each voiced range that has no finding yet.
    static func concernVoiced(_ voiced: [Range<Int>], units: [Unit], findings: [Finding], in s: SentenceContext) -> [Finding] {
        var out: [Finding] = []
        for range in voiced where !findings.contains(where: { range.contains($0.first) }) {
            guard let u = units.indices.first(where: { range.contains(units[$0].first) && (s.has($0, .concern) || s.isWord($0, ConcernExperiencer.concernAdjectives)) }),
                  !s.has(u - 1, .negation) else { continue }
            out.append(Finding(rule: .agencyAdvocacy, first: units[u].first, end: units[u].end))
        }
        return out
    }

    /// The rewrite hint of a finding inside a voiced quotation, in the sentence's language.
    static func hint(language: String) -> String {
        "a quoted agency official speaks for one agency: paraphrase the quotation as the plan's statement, or attribute it to '\(LanguageRule.partners(language: language))'"
    }

    /// Speech verbs besides the `report` class: warning, stressing, appealing (`warned`, `a
    /// averti`, `advirtió`, `警告`) introduce a quotation too.
    private static let speech: WordClass = [.report, .advocacy, .concern]

    /// Words that may stand before the agency in its speaker's phrase: articles, the prepositions
    /// of a title (`the head of`, `le représentant du`, `el portavoz de`, `an officer with`,
    /// `pour le compte du`) and `its`.
    private static let titleWords = Keys.of(["the", "a", "an", "of", "for", "in", "at", "to", "le", "la", "l'", "les", "un", "une", "du", "de", "des", "d'",
                                             "pour", "auprès", "el", "los", "las", "uno", "una", "del", "para", "en", "its", "son", "sa", "su",
                                             "and", "et", "y", "with", "au", "compte", "的", "驻", "负责", "事务"])
    /// Official nouns besides the `staffNoun` class and ``Keys/agencyHeads``.
    private static let officials = Keys.of(["spokesperson", "spokeswoman", "spokesman", "spokespeople", "head", "chief", "official", "officials",
                                            "coordinator", "director", "deputy", "commissioner", "porte-parole", "chef", "cheffe", "fonctionnaire",
                                            "responsable", "chargé", "chargée", "officer", "coordinateur", "coordinatrice", "adjoint", "adjointe", "portavoz", "vocero", "vocera",
                                            "jefe", "jefa", "funcionaria", "oficial", "encargado", "encargada", "coordinador", "coordinadora", "adjunto", "adjunta", "high", "haut",
                                            "alto", "alta", "executive", "exécutif", "exécutive", "ejecutivo", "ejecutiva", "regional", "régional",
                                            "régionale", "country", "pays", "país", "général", "générale", "general", "senior",
                                            "发言人", "代表", "主任", "负责人", "官员", "主管", "协调员", "高级专员", "专员", "署长", "总干事"])
    /// Auxiliaries between a speaker and its verb (`has said`, `a déclaré`, `ha señalado`).
    private static let auxiliaries = Keys.of(["has", "have", "had", "a", "ont", "avait", "ha", "han", "había", "habían", "also", "aussi", "également",
                                              "también", "又", "还", "也", "曾"])

    /// The pronouns of a copular clause between a verb of speech and its quotation (`this was`,
    /// `c'était`, `esto es`), and the Chinese demonstratives (`这是`).
    private static let pronouns = Keys.of(["this", "it", "that", "ce", "c'", "cela", "ceci", "esto", "eso", "ello"])
    private static let demonstratives: Set<Unicode.Scalar> = ["这", "這", "此"]

    /// The reading of one sentence's units.
    private struct Reader {
        let units: [Unit]
        let tokens: [Token]
        let prose: ProseText
        let language: String
        let agencies: AgencyTable
        /// An agency is named nearby: a reference (`its spokesperson`, `the agency`) may be it.
        let references: Bool

        var count: Int { units.count }
        func token(_ u: Int) -> Token { tokens[units[u].first] }
        func isMark(_ u: Int) -> Bool { token(u).kind == .punctuation && QuoteMarker.isMark(token(u).scalar) }
        func quoted(_ u: Int) -> Bool { token(u).quoted }
        func isSpeech(_ u: Int) -> Bool { units[u].has(AttributedQuotation.speech) }
        /// A clause boundary other than a comma: a speaker's phrase ends there.
        func endsClause(_ u: Int) -> Bool { (token(u).isClauseEnd && !token(u).isComma) || token(u).isSentenceEnd }

        /// The sentence ends with a quotation opened after its speaker (`X a déclaré : « Nous
        /// ... .`): the next sentence continues it.
        func opensVoicedQuotationAtEnd() -> Bool {
            guard count > 0 else { return false }
            var u = count - 1
            while u >= 0, quoted(u) { u -= 1 }
            return u + 1 < count && isMark(u + 1) && speakerBefore(u + 1)
        }

        /// The sentence opens with the end of a quotation begun before it, and its speaker follows
        /// (`Nous craignons ... », a déclaré le représentant du HCR.`).
        func closesVoicedQuotation() -> Bool {
            var end = 0
            while end < count, quoted(end) { end += 1 }
            return end > 0 && end < count && speakerAfter(end)
        }

        /// A speaker after the quotation that ends before unit `end` (`, said the UNHCR
        /// spokesperson`, `, a déclaré le représentant du HCR`, `」难民署发言人表示`).
        func speakerAfter(_ end: Int) -> Bool {
            var a = end
            while a < count, token(a).isComma { a += 1 }
            var b = a
            while b < count, !quoted(b), !endsClause(b) { b += 1 }
            guard a < b, let v = (a..<b).first(where: { isSpeech($0) }) else { return false }
            // `, said X`: the speaker follows the verb; `, X said`: it precedes it.
            let head = (a..<v).allSatisfy { isAuxiliary($0) }
            guard head else { return speaks(a, trimmingAuxiliaries(a, v)) }
            // `, a souligné, vendredi, l'agence onusienne`: a time between the verb and the speaker.
            var from = v + 1
            while from < count, token(from).isComma || units[from].has(.timeWord) { from += 1 }
            var to = from
            while to < count, !quoted(to), !endsClause(to) { to += 1 }
            return speaks(from, max(to, b))
        }

        /// A speaker before the quotation that starts at unit `start` (`X said: "`, `X表示：「`,
        /// `according to X, "`, or a sentence that opens with the speaker and a colon).
        func speakerBefore(_ start: Int) -> Bool {
            var v = start - 1
            while v >= 0, token(v).isComma || token(v).isMark(":") || token(v).isMark("：") || isThat(v) { v -= 1 }
            guard v >= 0 else { return false }
            // `Grandi said this was "a shortfall ..."`, `格兰迪指出，这是「...」`: a copula (`是`) and
            // the pronoun before it, between the verb of speech and the quotation.
            if units[v].has(.copula) || token(v).scalar == "是", let verb = speechBefore(copula: v) { v = verb }
            var a = v
            // Whether the speaker's phrase opens right after a source's report (`法新社報導,`,
            // `AFP reported,`): another frame, which the phrase does not reach into.
            var afterReport = false
            while a > 0, !quoted(a - 1) {
                // Past an acronym or a name in brackets (`难民事务高级专员公署(UNHCR)发言人`).
                if isClosingBracket(a - 1), let open = (0..<a - 1).last(where: { isOpeningBracket($0) }) {
                    a = open
                    continue
                }
                if token(a - 1).isComma, a >= 2, isSpeech(a - 2) || units[a - 2].has(.report) || units[a - 2].has(.dataVerb) {
                    afterReport = true
                    break
                }
                guard !endsClause(a - 1) else { break }
                a -= 1
            }
            if isSpeech(v) { return speaks(a, trimmingAuxiliaries(a, v)) }
            // `According to the UNHCR representative, "..."`.
            if let at = (a...v).first(where: { units[$0].has(.attribution) }) { return speaks(at + 1, v + 1) }
            // `难民署前线主任……：「`: a quotation after a colon, in a sentence (or the clause after a
            // source's report) whose subject is the speaker.
            guard start > 0, token(start - 1).isMark(":") || token(start - 1).isMark("："), a == 0 || afterReport else { return false }
            let verb = (a..<start).first(where: { units[$0].has(WordClass.verbs) || units[$0].has(.dataVerb) }) ?? start
            return speaks(a, verb)
        }

        /// The verb of speech before the pronoun at most two units before the copula at `c`
        /// (`said this was`, `a dit que c'était`, `指出，这是`), past a comma or `that`.
        func speechBefore(copula c: Int) -> Int? {
            var u = c - 1
            while u >= 0, u >= c - 2, AttributedQuotation.pronouns.contains(token(u).key) || AttributedQuotation.demonstratives.contains(token(u).scalar) { u -= 1 }
            guard u < c - 1 else { return nil }
            while u >= 0, token(u).isComma || isThat(u) { u -= 1 }
            return u >= 0 && isSpeech(u) ? u : nil
        }

        func isOpeningBracket(_ u: Int) -> Bool { token(u).isMark("(") || token(u).isMark("（") }
        func isClosingBracket(_ u: Int) -> Bool { token(u).isMark(")") || token(u).isMark("）") }

        /// The sentence `before` (another reader's units) ends with a verb of speech and a colon,
        /// or is a quotation itself: the speaker of a quotation that follows is named there.
        func endsWithSpeechFrame(before: [Unit]) -> Bool {
            guard let last = before.last else { return false }
            let frame = Reader(units: before, tokens: tokens, prose: prose, language: language, agencies: agencies, references: references)
            if tokens[last.first].quoted || frame.isMark(before.count - 1) { return true }
            return before.indices.contains { frame.isSpeech($0) } && before.indices.suffix(3).contains { frame.token($0).isMark(":") || frame.token($0).isMark("：") }
        }

        /// `that`, `que` between a speech verb and its quotation.
        func isThat(_ u: Int) -> Bool { units[u].has(.complementizer) }

        func isAuxiliary(_ u: Int) -> Bool { token(u).kind == .word && AttributedQuotation.auxiliaries.contains(token(u).key) }

        func trimmingAuxiliaries(_ a: Int, _ v: Int) -> Int {
            var e = v
            while e > a, isAuxiliary(e - 1) { e -= 1 }
            return e
        }

        /// Units `a..<b` name an agency or its official as the speaker: an agency mention with
        /// only a title, a name or articles before it, an official, a name or a boundary right
        /// after it, and no one else (a refugee, a minister, a government) in the phrase.
        func speaks(_ a: Int, _ b: Int) -> Bool {
            // (Chinese names the lexicon does not know are a unit per character: a longer phrase.)
            guard a < b, b - a <= (language == "zh" ? 24 : 16) else { return false }
            guard let m = (a..<b).first(where: { isAgency($0) }) else { return false }
            for u in a..<b where isOtherSpeaker(u) { return false }
            // Before the agency: titles, names, articles, commas (`Babar Baloch, a UNHCR spokesperson`),
            // and up to two plain words next to an official that qualify it (`la représentante
            // résidente du HCR`, `el jefe adjunto interino de ACNUR`, `a protection officer with
            // UNHCR`, `chargé de protection pour le compte du HCR`).
            let titles = (a..<m).filter { isOfficial($0) }
            var qualifiers = 0
            for u in a..<m where !titles.contains(u) {
                if isName(u) || isTitleWord(u) || token(u).isComma || token(u).kind == .punctuation { continue }
                guard isQualifier(u), titles.contains(where: { abs($0 - u) <= 2 }), qualifiers < 2 else { return false }
                qualifiers += 1
            }
            // After it: an official, a name, a boundary; in Chinese also a name the lexicon does
            // not know (`UNICEF的帕卡拉`).
            var n = m + 1
            while n < b, token(n).kind == .possessive || token(n).isMark("-") || isTitleWord(n) && language == "zh" { n += 1 }
            guard n < b else { return true }
            // `the director of WFP for Colombia`, `le représentant du HCR au Tchad`: a title's place.
            if isOfficial(n) || isName(n) || token(n).kind == .punctuation || isTitleWord(n) || Keys.place.contains(token(n).key) { return true }
            if language == "zh" { return (n..<b).allSatisfy { !units[$0].has(WordClass.verbs) && !units[$0].has(.dataVerb) } }
            return false
        }

        func isAgency(_ u: Int) -> Bool {
            if let index = units[u].agency { return !agencies.terms[Int(index)].isBrand }
            return units[u].has(.agencyDescription) || references && units[u].has([.agencyReference, .possessivePronoun])
        }

        /// A refugee, a mother, a minister, a government: a speaker who is not an agency official
        /// (`representative` is both: an official).
        func isOtherSpeaker(_ u: Int) -> Bool {
            units[u].has(.speakerNoun) && !units[u].has(.staffNoun) && !isOfficial(u) || token(u).kind == .word && Keys.governmentBodies.contains(token(u).key)
        }

        func isOfficial(_ u: Int) -> Bool {
            let key = token(u).key
            return units[u].end - units[u].first == 1 && (AttributedQuotation.officials.contains(key) || Keys.agencyHeads.contains(key))
                || units[u].has(.staffNoun) || language == "zh" && Keys.chineseTitles.contains(HanziFold.fold(text(u)))
        }

        func isTitleWord(_ u: Int) -> Bool { AttributedQuotation.titleWords.contains(token(u).key) }

        /// A lower-case word the lexicon gives no class (an adjective after a title: `résidente`,
        /// `interino`).
        func isQualifier(_ u: Int) -> Bool {
            let t = token(u)
            return t.kind == .word && units[u].classes.isEmpty && !prose.caseShape(t).capitalized && language != "zh"
        }

        /// A capitalized word (a person's name or a title: `Babar Baloch`, `Representative`) or,
        /// in Chinese, a Latin name in brackets.
        func isName(_ u: Int) -> Bool {
            let t = token(u)
            guard t.kind == .word, units[u].classes.isEmpty || isOfficial(u) else { return false }
            return prose.caseShape(t).capitalized || language == "zh"
        }

        func text(_ u: Int) -> String {
            (units[u].first..<units[u].end).map { prose.text(tokens[$0]) }.joined()
        }
    }
}
