import Foundation
import PlanTemplates

/// The templates and labels one compile uses: the bundled defaults from `Templates/`, with any
/// file of an override folder laid over them (a template missing there falls back to the
/// default). Override layout: `DIR/html/NAME.mustache`, `DIR/markdown/NAME.mustache`,
/// `DIR/labels.json` (keys merged over the default labels).
public struct TemplateSet: Sendable {
    /// HTML templates by name (`document`, `cover`, `sector`...).
    public var html: TemplateLibrary
    /// Markdown templates by name.
    public var markdown: TemplateLibrary
    /// Labels of the generated parts.
    public var labels: LabelCatalog
    /// Names of the templates that came from the override folder, `html/cover` style, sorted.
    public var overridden: [String]

    /// Loads the defaults, then `overrides` if given. Throws ``RenderError`` for an unreadable
    /// folder, a template that does not parse, or labels that are not valid JSON.
    public static func load(overrides: String? = nil, defaults: String = DefaultTemplates.directory) throws -> TemplateSet {
        _ = MarkdownEscape.registered
        _ = HTMLEscape.registered
        var html = Sources(), markdown = Sources()
        var overridden: [String] = []
        _ = try register(folder: defaults + "/html", into: &html)
        _ = try register(folder: defaults + "/markdown", into: &markdown)
        guard let labelData = FileManager.default.contents(atPath: defaults + "/labels.json") else {
            throw RenderError.missingDefaults(defaults)
        }
        var labels = try decodeLabels(labelData, path: defaults + "/labels.json")
        if let overrides {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides, isDirectory: &isDir), isDir.boolValue else {
                throw RenderError.templateFolderMissing(overrides)
            }
            overridden += try register(folder: overrides + "/html", into: &html).map { "html/" + $0 }
            overridden += try register(folder: overrides + "/markdown", into: &markdown).map { "markdown/" + $0 }
            if let data = FileManager.default.contents(atPath: overrides + "/labels.json") {
                labels = labels.overlaid(with: try decodeLabels(data, path: overrides + "/labels.json"))
                overridden.append("labels.json")
            }
        }
        return TemplateSet(html: try html.library(), markdown: try markdown.library(), labels: labels, overridden: overridden.sorted())
    }

    /// The text of one format's templates by name, and their files.
    private struct Sources {
        var texts: [String: String] = [:]
        var paths: [String: String] = [:]
        func library() throws -> TemplateLibrary { try TemplateLibrary(sources: texts, paths: paths) }
    }

    /// Registers every `*.mustache` file of `folder` (if it exists) under its name without the
    /// extension; returns the names, sorted.
    private static func register(folder: String, into library: inout Sources) throws -> [String] {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var names: [String] = []
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let path = folder + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else { throw RenderError.unreadable(path) }
            let name = String(file.dropLast(".mustache".count))
            library.texts[name] = String(decoding: data, as: UTF8.self)
            library.paths[name] = path
            names.append(name)
        }
        return names
    }

    private static func decodeLabels(_ data: Data, path: String) throws -> LabelCatalog {
        do { return try LabelCatalog.decode(data) } catch { throw RenderError.invalidLabels(path: path, reason: String(describing: error)) }
    }
}
