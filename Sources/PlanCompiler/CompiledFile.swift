import PlanModel
import PlanSyntax

/// One file of a compiled plan folder and what the compiled plan says of it: its kind and place
/// (its header), whether the plan took it in, and the language its prose is written in. Every
/// command asks here, so the linter reads a chapter in the language the compiler gave it.
public struct CompiledFile: Sendable {
    /// The file, front matter located and body parsed.
    public var source: ChapterSource
    /// Its typed front matter: plan file, country or sector chapter, with its place. `nil` when
    /// it has no front matter or the front matter did not parse (or for a second plan file).
    public var header: ChapterHeader?
    /// Whether the plan took it in (the plan file and accepted chapters; not a chapter left out
    /// by an error, nor a file that is not a chapter).
    public var inPlan: Bool
    /// The language of its prose: for a file the plan took in, the plan's answer (``PlacePlan``
    /// and ``SectorPlan`` `language`: the chapter's own `language:`, else its place's country
    /// chapter's, else the plan's); for any other file its own `language:`, else the plan's.
    /// `nil` only without a plan file and without a `language:` of its own.
    public var language: String?
    /// Whether its prose is a signed message: a foreword (`chapter: foreword`), or a translation
    /// whose `of:` names one, since a translation speaks in its original's voice. The linter reads
    /// its first person as the signatory's.
    public var isSignedMessage = false

    /// The files of `sources` in their order, as `plan` (compiled from them) sees them.
    static func files(of sources: PlanSources, in plan: Plan?) -> [CompiledFile] {
        var headers: [String: ChapterHeader] = [:]
        if let planFile = sources.plan { headers[planFile.source.file.path] = .plan(planFile.header) }
        for chapter in sources.countryChapters { headers[chapter.source.file.path] = .country(chapter.header) }
        for chapter in sources.sectorChapters { headers[chapter.source.file.path] = .sector(chapter.header) }
        for chapter in sources.translations { headers[chapter.source.file.path] = .translation(chapter.header) }
        for chapter in sources.forewords { headers[chapter.source.file.path] = .foreword(chapter.header) }
        var planned: [String: String] = [:]
        if let plan {
            planned[plan.overview.file] = plan.language
            for place in plan.places {
                if let narrative = place.narrative { planned[narrative.file] = place.language }
                for sector in place.sectors { planned[sector.narrative.file] = sector.language }
            }
            if let foreword = plan.foreword { planned[foreword.narrative.file] = foreword.language }
            // A translation accepted into the plan, in its own language.
            for byLanguage in plan.translations.values {
                for text in byLanguage.values { planned[text.narrative.file] = text.language }
            }
        }
        let signed = signedMessages(in: sources)
        return sources.files.map { source in
            let header = headers[source.file.path]
            let placed = planned[source.file.name]
            return CompiledFile(source: source, header: header, inPlan: placed != nil, language: placed ?? header?.ownLanguage ?? plan?.language,
                                isSignedMessage: signed.contains(source.file.name))
        }
    }
}

extension CompiledFile {
    /// The names of the files whose prose is a signed message: the forewords and the
    /// translations whose `of:` names a foreword (resolved as the plan resolves it).
    static func signedMessages(in sources: PlanSources) -> Set<String> {
        let forewords = Set(sources.forewords.map(\.source.file.name))
        var signed = forewords
        for chapter in sources.translations {
            guard let original = TranslationResolver.resolvedName(chapter.header.original.value, from: chapter.source.file.name), forewords.contains(original) else { continue }
            signed.insert(chapter.source.file.name)
        }
        return signed
    }
}

private extension ChapterHeader {
    /// The `language:` the file declares itself.
    var ownLanguage: String? {
        switch self {
        case .plan(let h): h.language.value
        case .country(let h): h.language?.value
        case .sector(let h): h.language?.value
        case .translation(let h): h.language.value
        case .foreword(let h): h.language?.value
        }
    }
}
