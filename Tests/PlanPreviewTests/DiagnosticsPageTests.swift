import Foundation
import PlanPreview
import Testing

/// The page shown instead of the documents while the plan has errors.
@Suite struct DiagnosticsPageTests {
    @Test func aBrokenChapterShowsItsPlaceSentenceAndMarkedSource() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        try plan.edit("CMR/education.md", replacing: "  UNICEF:", with: "  UNICEFF:")
        let build = plan.build()
        #expect(build.hasErrors && !build.showsDocuments && build.documents.isEmpty)
        let content = PreviewContent(build)
        let page = SamplePlan.text(try #require(content.diagnosticsPage))
        let line = try plan.line(of: "UNICEFF:", in: "CMR/education.md")
        #expect(page.contains("<title>The plan has errors</title>"))
        #expect(page.contains("<code>\(plan.path)/CMR/education.md:\(line):3:</code>"), "\(page)")
        #expect(page.contains("Partner &#39;UNICEFF&#39; is used but not declared; did you mean &#39;UNICEF&#39;?"))
        #expect(page.contains("[partner.undeclared]"))
        #expect(page.contains("<span class=\"gutter\">\(line) | </span>  <mark>UNICEFF</mark>:</pre>"))
        #expect(page.contains("<details class=\"explanation\"><summary>Why this matters</summary><p>Requirement lines and `implementing-for:`"))
        #expect(page.contains("fix: Replace with &#39;UNICEF&#39;"))
        // Errors come before anything less severe, and the page reloads itself.
        let firstError = try #require(page.range(of: "<li class=\"error\">")).lowerBound
        if let note = page.range(of: "<li class=\"note\">") { #expect(firstError < note.lowerBound) }
        #expect(page.contains("new EventSource(\"/events\")") && page.contains("var v=\"\(content.version)\""))
    }

    @Test func textFromThePlanIsEscaped() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        try plan.edit("CMR/education.md", replacing: "  UNICEF:", with: "  \"<script>alert(1)</script>\":")
        let page = SamplePlan.text(try #require(PreviewContent(plan.build()).diagnosticsPage))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(page)")
        // The one script is the preview's own.
        #expect(page.components(separatedBy: "<script>").count == 2)
    }

    @Test func thePageSpeaksThePlansLanguage() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        try plan.edit("CMR/education.md", replacing: "  UNICEF:", with: "  UNICEFF:")
        let page = SamplePlan.text(try #require(PreviewContent(plan.build(language: "fr")).diagnosticsPage))
        #expect(page.contains("<html lang=\"fr\">"))
        #expect(page.contains("<h1>Le plan contient des erreurs</h1>"))
        #expect(page.contains("<span class=\"severity\">erreur</span>"))
    }

    /// A template that does not compile (`--templates`) is not the author's mistake: the page
    /// says the documents could not be made, and why.
    @Test func aBrokenTemplateIsShownInsteadOfTheDocuments() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        try plan.dir.write("templates/html/cover.mustache", "{{#cover}}<h1>{{title}}</h1>\n")
        var options = PreviewOptions(planDirectory: plan.path)
        options.templates = plan.dir.path + "/templates"
        let build = PreviewCompiler(options: options).build()
        #expect(!build.hasErrors && !build.showsDocuments && build.renderFailure != nil)
        let page = SamplePlan.text(try #require(PreviewContent(build).diagnosticsPage))
        #expect(page.contains("<h1>The documents could not be made</h1>"))
        #expect(page.contains("<pre class=\"failure\">") && page.contains("cover.mustache"), "\(page)")
    }

    @Test func anUnreadablePlanFolderIsADiagnostic() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        let build = PreviewCompiler(options: PreviewOptions(planDirectory: plan.path + "/missing")).build()
        let page = SamplePlan.text(try #require(PreviewContent(build).diagnosticsPage))
        #expect(page.contains("<code>\(plan.path)/missing:</code>"))
        #expect(page.contains("[io.unreadable]"))
    }
}
