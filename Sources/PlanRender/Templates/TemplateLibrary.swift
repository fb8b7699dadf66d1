import Mustache

/// One format's templates (`html` or `markdown`), each registered under its name without the
/// extension.
///
/// swift-mustache is the reference engine. When every template stays within what
/// ``TemplateParser`` compiles (variables, sections, comments, partials, `CONTENT_TYPE`), as the
/// defaults do, documents render with the faster ``TemplateProgram``, which writes the same
/// bytes; a template that needs more (template inheritance, set delimiters, transforms) makes the
/// whole format render with swift-mustache, and a template swift-mustache rejects is an error.
public struct TemplateLibrary: Sendable {
    /// Template text by name.
    let sources: [String: String]
    /// The compiled templates, or `nil` when one of them needs swift-mustache.
    let program: TemplateProgram?
    /// swift-mustache's parse, made when the fast renderer cannot be used.
    private let parsed: MustacheLibrary?
    /// Why documents render with swift-mustache (the first construct the fast renderer leaves to
    /// it, such as template inheritance), or `nil` when they do not.
    public let mustacheReason: String?

    /// Which renderer to use; tests compare the two.
    enum Engine { case automatic, mustache }

    /// Compiles `sources` (template text by name); `paths` name their files in errors. Throws
    /// ``RenderError/invalidTemplate(path:reason:)`` with swift-mustache's message for a template
    /// that does not parse.
    init(sources: [String: String], paths: [String: String]) throws {
        self.sources = sources
        do {
            program = try TemplateProgram(sources: sources)
            parsed = nil
            mustacheReason = nil
        } catch {
            program = nil
            parsed = try Self.mustacheLibrary(sources, paths: paths)
            mustacheReason = String(describing: error)
        }
    }

    /// The names of the templates, sorted.
    public var names: [String] { sources.keys.sorted() }

    /// Whether there is a template called `name`.
    public func contains(_ name: String) -> Bool { sources[name] != nil }

    /// swift-mustache's library of the same templates.
    public var mustache: MustacheLibrary {
        parsed ?? ((try? Self.mustacheLibrary(sources, paths: [:])) ?? MustacheLibrary())
    }

    /// The template `name` rendered with `value`; `nil` when there is no such template.
    func render(_ name: String, value: TemplateValue, engine: Engine = .automatic) -> String? {
        if engine == .automatic, let program { return program.render(name, value: value) }
        return (parsed ?? mustache).render(TemplateText.bridge(value), withTemplate: name)
    }

    /// The UTF-8 of the template `name` rendered with `value` (the fast renderer writes it into
    /// a buffer reserved for `capacity` bytes); `nil` when there is no such template.
    func renderBytes(_ name: String, value: TemplateValue, capacity: Int = 0, engine: Engine = .automatic) -> [UInt8]? {
        if engine == .automatic, let program { return program.renderBytes(name, value: value, capacity: capacity) }
        return (parsed ?? mustache).render(TemplateText.bridge(value), withTemplate: name).map { Array($0.utf8) }
    }

    private static func mustacheLibrary(_ sources: [String: String], paths: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                throw RenderError.invalidTemplate(path: paths[name] ?? name, reason: String(describing: error))
            }
        }
        return library
    }
}
