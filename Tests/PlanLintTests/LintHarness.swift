import Foundation
import PlanDiagnostics
import PlanLint
import PlanModel
import PlanSyntax

/// Lints Markdown text as a chapter file, for tests.
enum LintHarness {
    static func lint(_ markdown: String, language: String? = nil, linter: AgencyNeutralLinter = AgencyNeutralLinter(), path: String = "chapter.md") -> [Diagnostic] {
        let chapter = ChapterSource.read(SourceFile(path: path, text: markdown)).chapter
        return language == nil ? linter.lint(chapter) : linter.lint(chapter, language: language)
    }

    /// The `language.*` rule IDs found in `text` placed under a heading `section`.
    static func languageFindings(_ text: String, _ language: String, section: String = "Response strategy") -> [String] {
        lint("## \(section)\n\n\(text)\n", language: language).map(\.id.rawValue).filter { $0.hasPrefix("language.") }
    }

    /// The package root (the directory holding Package.swift), from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func located(_ value: String) -> Located<String> {
        let zero = SourceLocation(line: 1, column: 1, offset: 0)
        return Located(value, at: SourceRange(at: zero))
    }
}

/// Tests that lint one constructed sentence at a time under a heading of a section kind.
protocol SentenceReading {}

extension SentenceReading {
    /// The `language.*` rule IDs found in `text` under the heading `section`.
    func findings(_ text: String, _ language: String, section: String = "Response strategy") -> [String] {
        LintHarness.languageFindings(text, language, section: section)
    }

    /// Whether any `language.*` rule flags `text` under the heading `section`.
    func flagged(_ text: String, _ language: String, section: String = "Response strategy") -> Bool {
        !findings(text, language, section: section).isEmpty
    }
}
