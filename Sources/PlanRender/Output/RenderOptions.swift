import Foundation

/// The output formats of `rrp compile`.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case html, md, json, csv

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

/// What to render.
public struct RenderOptions: Sendable, Hashable {
    public var formats: Set<OutputFormat>
    /// Only this place's document (`--country ISO3`); `nil` for the regional document and every
    /// country document.
    public var country: String?
    /// The HXL hashtag row under the CSV headers (`--no-hxl` drops it).
    public var hxl: Bool
    /// Keep raw HTML of chapters (`--allow-raw-html`); cmark omits it otherwise.
    public var allowRawHTML: Bool

    public init(formats: Set<OutputFormat> = Set(OutputFormat.allCases), country: String? = nil, hxl: Bool = true, allowRawHTML: Bool = false) {
        self.formats = formats
        self.country = country
        self.hxl = hxl
        self.allowRawHTML = allowRawHTML
    }
}

/// One output file: a name relative to the output folder (built from codes) and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
