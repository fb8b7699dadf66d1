import Foundation

/// The note under a chapter's heading when its text is in another language than the document's
/// (no translation into the document's language): "This chapter is written in French; ...",
/// with the language's name from the locale data (CLDR) in the document's language.
enum LanguageNote {
    /// `{otherLanguage, otherLanguageNote}` for a chapter written in `chapterLanguage`.
    static func values(chapterLanguage: String, hasText: Bool, labels: Labels) -> TemplateFields {
        let primary = { (code: String) in code.split(separator: "-").first.map { $0.lowercased() } ?? code.lowercased() }
        guard hasText, primary(chapterLanguage) != primary(labels.language) else { return ["otherLanguage": false, "otherLanguageNote": ""] }
        let name = Locale(identifier: labels.language).localizedString(forLanguageCode: chapterLanguage) ?? chapterLanguage
        return ["otherLanguage": true, "otherLanguageNote": .text(labels["notTranslated"].replacingOccurrences(of: "%@", with: name))]
    }
}
