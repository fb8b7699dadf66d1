import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Lints a chapter's Markdown body for language that makes the plan read as one agency's plan.
///
/// The front matter is never linted. Built-in knowledge (agencies, word classes, heading
/// vocabulary) ships as versioned JSON in the module's resources; the plan's partners and
/// `lint:` settings extend it. Each text run is tokenized once and matched through hash
/// tables; see docs/lint.md.
public struct AgencyNeutralLinter: Sendable {
    private let annotator: Annotator
    private let classifier: SectionClassifier
    private let disabled: Set<String>
    private let allow: [String]
    private let declaredIDs: Set<String>
    private let voiceModel: VoiceModel

    /// - Parameters:
    ///   - partners: the plan's partner registry; every partner (except governments) counts
    ///     as an agency by ID and name.
    ///   - settings: `lint: agencies:` adds terms, `allow:` exempts phrases, `disable:` switches
    ///     rules off.
    public init(partners: [PartnerDeclaration] = [], settings: LintSettings = LintSettings()) {
        self.init(partners: partners, settings: settings, voiceModel: .shipped)
    }

    /// A linter with another agency-voice model (tests: a model that always answers yes shows
    /// where the model is asked).
    init(partners: [PartnerDeclaration] = [], settings: LintSettings = LintSettings(), voiceModel: VoiceModel) {
        if partners.isEmpty, settings.agencies.isEmpty, settings.brands.isEmpty {
            annotator = .shipped
        } else {
            let agencies = AgencyTable.shipped.adding(partners: partners, terms: settings.agencies.map(\.value), brands: settings.brands.map(\.value))
            annotator = Annotator(lexicon: .shared, agencies: agencies)
        }
        classifier = .shipped
        disabled = Set(settings.disabledRules.map(\.value))
        allow = settings.allow.map(\.value).filter { !$0.isEmpty }
        declaredIDs = Set(partners.map(\.id.value))
        self.voiceModel = voiceModel
    }

    /// Builds the shipped knowledge (lexicon, generated verb forms, agencies, heading vocabulary)
    /// now: done once per process, it can run beside the loading of the plan instead of inside
    /// the first lint. The word table is not built: a plan with partners builds its own.
    public static func prepareKnowledge() {
        _ = Lexicon.shared
        _ = AgencyTable.shipped
        _ = SectionClassifier.shipped
        _ = VoiceModel.shipped
    }

    /// Lints with the chapter's `language:` from its front matter (see ``ChapterLanguage``).
    public func lint(_ chapter: ChapterSource) -> [Diagnostic] {
        lint(chapter, language: ChapterLanguage.declared(in: chapter))
    }

    /// Lints a chapter whose language is `language` (`en`, `fr`, `es`, `zh`; `nil` for
    /// English). Sentences in another language are recognised and linted with that language's
    /// patterns. Diagnostics come sorted in presentation order.
    ///
    /// - Parameter signedMessage: whether the whole file is a signed message, whose first
    ///   person is the signatory's (a foreword, or a translation of one: the plan knows, see
    ///   `CompiledFile.isSignedMessage`); `nil` to decide from the file's own front matter
    ///   (`chapter: foreword`).
    public func lint(_ chapter: ChapterSource, language: String?, signedMessage: Bool? = nil) -> [Diagnostic] {
        let file = chapter.file
        // A foreword file (`chapter: foreword`) is a signed message from its first line.
        let isForeword = signedMessage ?? (FrontMatterKey.value(of: "chapter", in: chapter) == "foreword")
        var collector = ProseCollector(file: file, classifier: classifier, baseSection: isForeword ? .foreword : .other)
        collector.collect(chapter.body.proseEvents)
        let fallback = language.flatMap(ChapterLanguage.normalized) ?? "en"
        let paragraphs = collector.paragraphs
        var sentences: [(paragraph: Int, language: String, units: [Unit], references: SentenceContext.Antecedent, speaker: Int, unitsBefore: [Unit])] = []
        var entries: [Int32] = []
        var votes: [Int] = []
        for (p, paragraph) in paragraphs.enumerated() {
            // An agency named in an earlier sentence of the paragraph: `the agency`, `it` may refer to it.
            var named = false
            // A Chinese agency's spokesperson or head named earlier in the paragraph (`难民署发言人爱德华兹`):
            // a sentence that opens with the name alone reports for the agency.
            var speaker: String?
            // The units of the sentence before, for a possessive to refer back (``PossessiveAntecedent``).
            var unitsBefore: [Unit] = []
            for range in paragraph.sentences {
                annotator.entries(paragraph.tokens, range, into: &entries)
                var opensWithSpeaker = false
                if let speaker { opensWithSpeaker = Spokesperson.opens(range, with: speaker, tokens: paragraph.tokens, prose: paragraph.text) }
                let needed = annotator.needsRules(paragraph.tokens, paragraph.text, range, entries: entries, references: named)
                    || !named && Annotator.namesAnAgencyByItsNoun(paragraph.tokens, range) || opensWithSpeaker
                // A Spanish or Chinese sentence after one whose subject is an agency may continue
                // that subject with none of its own (``ZeroSubject``).
                guard needed || !unitsBefore.isEmpty && SubjectContinuity.subject(of: unitsBefore, tokens: paragraph.tokens) == .agency else { unitsBefore = []; continue }
                let language = annotator.language(of: paragraph.tokens, range, entries: entries, default: fallback, votes: &votes)
                guard needed || language == "es" || language == "zh" else { unitsBefore = []; continue }
                let units = annotator.units(paragraph.tokens, paragraph.text, range, entries: entries, language: language)
                var speakerUnits = 0
                if opensWithSpeaker, language == "zh", let speaker { speakerUnits = Spokesperson.units(spelling: speaker, units, tokens: paragraph.tokens, prose: paragraph.text) }
                sentences.append((p, language, units, named ? .inParagraph : .outsideParagraph, speakerUnits, unitsBefore))
                unitsBefore = units
                if !named { named = units.contains { $0.agency != nil || $0.has(.agencyDescription) } }
                if language == "zh", let name = Spokesperson.name(in: units, tokens: paragraph.tokens, prose: paragraph.text) { speaker = name }
            }
        }
        var spelledOut = declaredIDs
        for (_, _, units, _, _, _) in sentences {
            for unit in units {
                if let index = unit.agency, annotator.agencies.terms[Int(index)].isFullName { spelledOut.insert(annotator.agencies.terms[Int(index)].id) }
            }
        }
        var diagnostics: [Diagnostic] = []
        var unquoted = AttributedQuotation.Unquoted()
        for (k, (p, language, units, references, speaker, unitsBefore)) in sentences.enumerated() {
            let paragraph = paragraphs[p]
            // A quotation its agency speaker voices is read as unquoted (``AttributedQuotation``),
            // asked only in a paragraph with a quotation mark.
            var quotations = AttributedQuotation.Reading()
            if paragraph.quoted {
                // The next sentence, when it was read and follows this one in the paragraph.
                let next = k + 1 < sentences.count && sentences[k + 1].paragraph == p && sentences[k + 1].units.first?.first == units.last?.end ? sentences[k + 1].units : []
                quotations = AttributedQuotation.reading(units, before: unitsBefore, after: next, tokens: paragraph.tokens, prose: paragraph.text, language: language, agencies: annotator.agencies)
            }
            let voiced = quotations.voiced
            let unquotedRanges = quotations.unquoted
            let tokens = unquotedRanges.isEmpty ? paragraph.tokens : unquoted.tokens(unquotedRanges, paragraph: p, paragraph.tokens)
            let context = SentenceContext(tokens: tokens, prose: paragraph.text, units: units, language: language, section: paragraph.section, spelledOut: spelledOut, agencyTable: annotator.agencies,
                                          references: references, speaker: speaker, unitsBefore: unitsBefore)
            guard !context.isCitation else { continue }
            var findings = Finding.droppingNested(AgencyAnalyzer.findings(in: context)) + VoiceAnalyzer.firstPerson(in: context) + VoiceAnalyzer.selfPromotion(in: context)
            // A statement's first person is its unknown speaker's.
            if !quotations.statements.isEmpty {
                findings.removeAll { f in f.rule == .firstPerson && quotations.statements.contains { $0.contains(f.first) } }
            }
            if !voiced.isEmpty {
                findings += AttributedQuotation.concernVoiced(voiced, units: units, findings: findings, in: context)
                findings = AttributedQuotation.merged(findings)
            }
            // A sentence no rule reads, that names an agency, is asked of the agency-voice model
            // (not one whose quotation the agency voices: that reading is the rules').
            if findings.isEmpty, voiced.isEmpty, let voice = AgencyVoice.finding(in: context, model: voiceModel) { findings.append(voice) }
            let sentenceText = allow.isEmpty || units.isEmpty ? "" : context.text(units[0].first, units[units.count - 1].end)
            for var finding in findings where !disabled.contains(finding.rule.rawValue) {
                if !voiced.isEmpty, voiced.contains(where: { $0.contains(finding.first) }) { (finding.fix, finding.hint) = (nil, AttributedQuotation.hint(language: language)) }
                let flagged = context.text(finding.first, finding.end)
                if !allow.isEmpty, allow.contains(where: { sentenceText.contains($0) && ($0.contains(flagged) || flagged.contains($0)) }) { continue }
                diagnostics.append(diagnostic(finding, flagged: flagged, language: language, tokens: tokens, file: file))
            }
        }
        let filter = SuppressionFilter(file: file, knownRules: Set(LintRules.all.map(\.id.rawValue)), disabledRules: disabled)
        var kept = filter.apply(consume diagnostics, comments: collector.comments)
        kept.sortInPresentationOrder()
        return kept
    }

    private func diagnostic(_ finding: Finding, flagged: String, language: String, tokens: [Token], file: SourceFile) -> Diagnostic {
        let first = tokens[finding.first]
        let last = tokens[finding.end - 1]
        let range = first.exact && last.exact ? file.range(from: first.start, to: last.end) : file.range(from: first.start, to: first.start)
        var fixIts: [FixIt] = []
        if let fix = finding.fix, tokens[fix.first].exact, tokens[fix.end - 1].exact {
            fixIts.append(FixIt(String(utf8Joining: "Replace with '", fix.replacement, "'"), range: file.range(from: tokens[fix.first].start, to: tokens[fix.end - 1].end), replacement: fix.replacement))
        }
        let rule = finding.rule.description
        // Every finding says how to rewrite: a fix-it, or a hint when the rewrite needs reading.
        let notes = fixIts.isEmpty ? [finding.hint.map(RewriteNotes.note) ?? RewriteNotes.note(finding.rule, language: language)] : []
        return rule.diagnostic(file: file.path, range: range, summary: finding.rule.summary(flagged), notes: notes, fixIts: fixIts)
    }
}
