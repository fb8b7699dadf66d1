import Foundation

/// The output formats of `rrp compile`.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case html, md, json, csv
    /// The files OCHA's planning and tracking systems read: `hpc-projects.csv` and `funding.csv`
    /// (docs/exports.md); not in the default list.
    case hpc
    /// Word documents (`regional.docx`, `country-ISO3.docx`; docs/outputs.md); not in the
    /// default list.
    case docx
    /// The print-ready PDF edition of each document, printed by WeasyPrint (``PDFEngine``); not
    /// in the default list, and only this format looks for the engine.
    case pdf

    /// What `rrp compile` writes when `--format` is not given: every format but `hpc`.
    public static let defaults: Set<OutputFormat> = [.html, .md, .json, .csv]

    /// Whether the format is rendered from templates and labels (JSON comes from the compiler).
    public var usesTemplates: Bool { self != .json }

    /// Whether the format is a document (regional and country documents).
    public var isDocument: Bool { self == .html || self == .md || self == .docx || self == .pdf }

    /// Orders formats as declared (html, md, json, csv, hpc, docx, pdf).
    public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses `html,md,json,csv`; returns the unknown names too.
    public static func parseList(_ text: String) -> (formats: Set<OutputFormat>, unknown: [String]) {
        var formats: Set<OutputFormat> = []
        var unknown: [String] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            if let f = OutputFormat(rawValue: name == "markdown" ? "md" : name) { formats.insert(f) } else { unknown.append(name) }
        }
        return (formats, unknown)
    }
}
