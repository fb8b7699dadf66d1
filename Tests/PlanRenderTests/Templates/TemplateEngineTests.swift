import Foundation
import Mustache
@testable import PlanRender
import PlanCompiler
import PlanSyntax
import TestSupport
import Testing

/// The fast template renderer against swift-mustache, the reference: same bytes for every
/// construct it compiles, and swift-mustache for the rest.
@Suite struct TemplateEngineTests {
    /// Data shaped like the document model's: nested objects, lists, flags, texts to escape.
    static let data: TemplateValue = .object([
        "title": .text("Réponse <régionale> & \"plan\""),
        "empty": .text(""),
        "yes": .bool(true), "no": .bool(false),
        "none": .list([]),
        "labels": .object(["total": .text("Total"), "colon": .text(":")]),
        "rows": .list([
            .object(["id": .text("UNHCR"), "amount": .text("1,200"), "tags": .list([.text("a"), .text("b")])]),
            .object(["id": .text("NRC"), "amount": .text("30"), "tags": .list([]), "title": .text("inner")]),
        ]),
        "words": .list([.text("*one*"), .text("#two"), .text("1. three")]),
        // Text already rendered as UTF-8 (a place's chapter): the same as the same text.
        "rendered": .utf8(Array("<p>Réfugiés & *hôtes*</p>\n# 1. [x]".utf8)),
    ])

    /// Templates exercising standalone lines, blanks, climbing, dotted names and escaping.
    static let templates: [String] = [
        "{{title}}|{{{title}}}|{{&title}}",
        "{{#rows}}\n<tr>{{id}} {{labels.total}}{{labels.colon}} {{amount}} {{title}}</tr>\n{{/rows}}\n",
        "  {{#rows}}\n  {{#tags}}\n    <li>{{.}}</li>\n  {{/tags}}\n  {{^tags}}\n  none\n  {{/tags}}\n  {{/rows}}\nend\n",
        "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^yes}}!Y{{/yes}}{{yes}}{{no}}",
        "{{#empty}}[{{.}}]{{/empty}}{{^none}}empty list{{/none}}{{#none}}x{{/none}}{{#missing}}m{{/missing}}{{^missing}}!m{{/missing}}",
        "a {{! inline comment }} b\n  {{! standalone comment }}  \nc\n",
        "{{#rows}}{{.id}}/{{.title}};{{/rows}}",
        "{{#labels}}{{total}}{{/labels}} {{labels.missing.deep}} {{rows.id}}",
        "line\r\n{{#yes}}\r\ncrlf\r\n{{/yes}}\r\n",
        "{{% CONTENT_TYPE: MARKDOWN}}\n{{#words}}\n- {{.}}\n{{/words}}\n",
        "{{% CONTENT_TYPE: TEXT}}\n{{title}}\n{{#rows}}\n{{% CONTENT_TYPE: HTML}}\n{{title}}\n{{/rows}}\n{{title}}\n",
        "  {{#yes}}  \nindented\n  {{/yes}}  \n{{#yes}} not standalone {{/yes}}\n  {{ title }}  \n",
        "no newline at end {{#yes}}{{/yes}}",
        "{{#rows}}{{#tags}}{{.}}{{/tags}}{{/rows}}",
        "{{{rendered}}}|{{rendered}}|{{#rendered}}[{{{.}}}]{{/rendered}}{{^rendered}}none{{/rendered}}",
        "{{% CONTENT_TYPE: MARKDOWN}}\n{{rendered}}\n{{&rendered}}\n",
    ]

    @Test(arguments: templates)
    func writesWhatSwiftMustacheWrites(_ template: String) throws {
        // swift-mustache knows the MARKDOWN content type only once it is registered, which loading
        // templates does; a test that runs before any other has loaded them registers it here.
        _ = MarkdownEscape.registered
        _ = HTMLEscape.registered
        let program = try TemplateProgram(sources: ["t": template])
        let reference = try MustacheTemplate(string: template).render(TemplateText.bridge(Self.data))
        #expect(program.render("t", value: Self.data) == reference)
        // The documents are written from the bytes, reserved or not.
        #expect(program.renderBytes("t", value: Self.data) == Array(reference.utf8))
        #expect(program.renderBytes("t", value: Self.data, capacity: 1 << 12) == Array(reference.utf8))
    }

    @Test func partialsKeepStandaloneIndentationAsSwiftMustacheDoes() throws {
        let sources = [
            "main": "<ul>\n  {{> item}}\n{{#rows}}\n    {{> row}}\n{{/rows}}\n</ul>\n",
            "item": "<li>{{title}}</li>\n<li>two</li>\n",
            "row": "<tr>\n{{#tags}}\n<td>{{.}}</td>\n{{/tags}}\n</tr>\n",
        ]
        var library = MustacheLibrary()
        for (name, text) in sources { try library.register(text, named: name) }
        let program = try TemplateProgram(sources: sources)
        let reference = library.render(TemplateText.bridge(Self.data), withTemplate: "main")
        #expect(program.render("main", value: Self.data) == reference)
        #expect(program.render("main", value: Self.data)?.contains("    <tr>\n    <td>a</td>\n") == true)
    }

    @Test func theDefaultTemplatesUseTheFastRenderer() throws {
        let set = try TemplateSet.load()
        #expect(set.html.mustacheReason == nil)
        #expect(set.markdown.mustacheReason == nil)
    }

    /// Every document of the fixture and of the sample plan, in both formats, with both engines.
    @Test(arguments: ["Tests/PlanRenderTests/Fixtures/two-country", "Samples/lake-basin-rrp"])
    func documentsAreByteIdenticalWithSwiftMustache(_ folder: String) throws {
        let compilation = PlanCompiler.compile(directory: PackagePaths.path(folder), parser: FrontMatterParser.parse)
        let plan = try #require(compilation.plan)
        let fast = PlanRenderer(templates: try TemplateSet.load(), options: RenderOptions(formats: [.html, .md]))
        var reference = fast
        reference.engine = .mustache
        let a = try fast.render(plan), b = try reference.render(plan)
        #expect(a.map(\.name) == b.map(\.name))
        #expect(a.count >= 2)
        for (x, y) in zip(a, b) { #expect(x.bytes == y.bytes, "\(x.name) differs") }
    }

    @Test func anOverrideUsingInheritanceRendersWithSwiftMustache() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("html/frame.mustache", "<main>{{$body}}default{{/body}}</main>\n")
        try dir.write("html/document.mustache", "{{<frame}}{{$body}}<h1>{{title}}</h1>{{/body}}{{/frame}}\n")
        let set = try TemplateSet.load(overrides: dir.path)
        #expect(set.html.mustacheReason?.contains("inheritance") == true)
        #expect(set.markdown.mustacheReason == nil)
        let html = try RenderFixture.render(RenderOptions(formats: [.html]), templates: set)["regional.html"]!
        #expect(html.hasPrefix("<main><h1>Illustrative Two-Country Regional Refugee Response Plan</h1></main>"))
    }

    @Test func unsupportedConstructsAreNamed() {
        for (template, word) in [("{{=<% %>=}}", "delimiters"), ("{{uppercased(x)}}", "transform"), ("{{>*dyn}}", "dynamic"), ("{{#a}}", "never closed"), ("{{/a}}", "does not match")] {
            #expect(throws: TemplateParser.Unsupported.self) { try TemplateParser.parse(template) }
            do { _ = try TemplateParser.parse(template) } catch { #expect(String(describing: error).contains(word), "\(template)") }
        }
    }
}
