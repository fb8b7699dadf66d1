import PlanDiagnostics

/// The `rewrite:` note of every rule in every language, built once per process: a finding
/// without a fix-it takes its note from here instead of writing the hint's text again (a plan's
/// first lint has thousands of such findings and only a few dozen distinct notes).
enum RewriteNotes {
    /// The languages with their own hint (``LanguageRule/hint(language:)``); any other language
    /// gets the English one, as `hint` does.
    private static let languages = ["en", "fr", "es", "zh"]

    private static let notes: [LanguageRule: [DiagnosticNote]] = Dictionary(uniqueKeysWithValues: LanguageRule.allCases.map { rule in
        (rule, languages.map { note(rule.hint(language: $0)) })
    })

    /// The note for `rule` in a sentence in `language`.
    static func note(_ rule: LanguageRule, language: String) -> DiagnosticNote {
        let index = switch language {
        case "fr": 1
        case "es": 2
        case "zh": 3
        default: 0
        }
        return notes[rule]![index]
    }

    /// The note for a finding's own `hint`.
    static func note(_ hint: String) -> DiagnosticNote {
        DiagnosticNote(String(utf8Joining: "rewrite: ", hint))
    }
}
