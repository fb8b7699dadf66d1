import PlanDiagnostics
import PlanModel

/// Applies a plan's `sections:` settings to the built-in vocabulary.
enum SectionSettings {
    static func vocabulary(for header: PlanHeader, file: String, base: SectionVocabulary = .builtIn) -> (SectionVocabulary, [Diagnostic]) {
        var vocabulary = base
        var diagnostics: [Diagnostic] = []
        let ids = base.parts.keys.sorted()
        for key in header.sectionVocabulary.synonyms.keys.sorted(by: { $0.range.start.offset < $1.range.start.offset }) {
            guard base.parts[key.value] != nil else {
                let suggestion = NearMiss.suggestion(for: key.value, among: ids)
                diagnostics.append(SectionRules.unknownPart.diagnostic(
                    file: file, range: key.range,
                    summary: "Section settings name a part that does not exist: '\(key.value)'" + NearMiss.didYouMean(key.value, among: ids),
                    fixIts: suggestion.map { [FixIt("Replace with '\($0)'", range: key.range, replacement: $0)] } ?? []
                ))
                continue
            }
            vocabulary = vocabulary.adding(header.sectionVocabulary.synonyms[key]!.map(\.value), to: key.value)
        }
        return (vocabulary, diagnostics)
    }
}
