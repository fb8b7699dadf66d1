import PlanModel

extension SectionMatcher {
    /// `parser`, which also builds the plan's shared heading matchers (``shared(vocabulary:kind:)``,
    /// every kind) as soon as it has read the plan file's header, on the loading thread that read
    /// it.
    ///
    /// Building the matchers stems the whole vocabulary three times (about 60 M instructions);
    /// made here, they are built while the other cores still parse chapters, instead of on one
    /// core once every chapter is loaded, where the annotation would otherwise wait for them.
    /// The matchers are the ones the compile asks for later (same vocabulary, same cache), so
    /// nothing is built twice and the result is the same.
    static func preparing(_ parser: @escaping ChapterHeaderParser) -> ChapterHeaderParser {
        { chapter in
            let parsed = parser(chapter)
            if case .plan(let header)? = parsed.header {
                let (vocabulary, _) = SectionSettings.vocabulary(for: header, file: chapter.file.path)
                for kind in SectionKind.allCases { _ = shared(vocabulary: vocabulary, kind: kind) }
            }
            return parsed
        }
    }
}
