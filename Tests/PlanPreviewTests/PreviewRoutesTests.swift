import Foundation
import PlanDriver
import PlanPreview
import PlanRender
import TestSupport
import Testing

/// Which page each path gets, and that the documents are those `rrp compile` writes.
@Suite struct PreviewRoutesTests {
    @Test func documentsAreServedByNameWithTheScript() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        let build = plan.build()
        #expect(build.showsDocuments)
        #expect(build.documents.keys.sorted() == ["country-CMR.html", "country-NER.html", "country-TCD.html", "regional.html"])
        let content = PreviewContent(build)
        let root = PreviewRoutes.response(path: "/", content: content)
        #expect(root.status == 200 && root.contentType == "text/html; charset=utf-8")
        #expect(root.body == LiveReload.inject(into: build.documents["regional.html"]!, version: content.version))
        #expect(PreviewRoutes.response(path: "/index.html", content: content) == root)
        let chad = PreviewRoutes.response(path: "/country-TCD.html", content: content)
        #expect(chad.status == 200)
        #expect(chad.body == LiveReload.inject(into: build.documents["country-TCD.html"]!, version: content.version))
        #expect(SamplePlan.text(chad.body).contains("– Tchad</title>"))

        let missing = PreviewRoutes.response(path: "/country-XYZ.html", content: content)
        #expect(missing.status == 404)
        let list = SamplePlan.text(missing.body)
        #expect(list.contains("<a href=\"/country-CMR.html\">country-CMR.html</a>") && list.contains("<a href=\"/regional.html\">regional.html</a>"))
        #expect(PreviewRoutes.response(path: "/../plan.md", content: content).status == 404)
    }

    /// The preview renders what `rrp compile` writes, byte for byte (before the script).
    @Test func documentsAreThoseOfRrpCompile() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        let out = plan.dir.path + "/out"
        _ = try PlanCompileRunner.run(CompileRequest(planDirectory: plan.path, outDirectory: out, render: RenderOptions(formats: [.html])))
        let build = plan.build()
        for (name, bytes) in build.documents {
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))) == bytes, "\(name)")
        }
        // Nothing was written into the plan folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: plan.path).sorted() == ["CMR", "NER", "TCD", "foreword.md", "plan.md", "regional"])
    }

    @Test func whileThePlanHasErrorsEveryDocumentShowsThemAndComesBack() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        let good = PreviewContent(plan.build())
        try plan.edit("CMR/education.md", replacing: "  UNICEF:", with: "  UNICEFF:")
        let broken = PreviewContent(plan.build())
        #expect(broken.version != good.version)
        for path in ["/", "/regional.html", "/country-TCD.html"] {
            let response = PreviewRoutes.response(path: path, content: broken)
            #expect(response.status == 200 && response.body == broken.diagnosticsPage, "\(path)")
        }
        try plan.edit("CMR/education.md", replacing: "  UNICEFF:", with: "  UNICEF:")
        let fixed = PreviewContent(plan.build())
        #expect(fixed.version == good.version)
        #expect(PreviewRoutes.response(path: "/", content: fixed) == PreviewRoutes.response(path: "/", content: good))
    }

    @Test func aChangedChapterChangesTheVersionAndThePage() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        let before = PreviewContent(plan.build())
        try plan.edit("TCD/protection.md", replacing: "## Analyse de la situation\n", with: "## Analyse de la situation\n\nUne phrase ajoutée par le test.\n")
        let after = PreviewContent(plan.build())
        #expect(after.version != before.version)
        #expect(SamplePlan.text(PreviewRoutes.response(path: "/country-TCD.html", content: after).body).contains("Une phrase ajoutée par le test."))
    }

    @Test func theScriptGoesBeforeTheLastBodyEnd() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></body></html>\n".utf8)
        let out = SamplePlan.text(LiveReload.inject(into: html, version: "abc"))
        #expect(out.hasPrefix("<html><body><p>&lt;/body&gt;</p><script>"))
        #expect(out.hasSuffix("</script>\n</body></html>\n"))
        #expect(SamplePlan.text(LiveReload.inject(into: Array("<p>x</p>".utf8), version: "abc")).hasPrefix("<p>x</p><script>"))
    }
}
