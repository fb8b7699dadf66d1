import Foundation
import PlanPreview
import TestSupport
import Testing

/// `rrp preview` keeps one compiler across saves and re-parses only the files that changed:
/// after every save its build is the one a fresh compile of the folder makes.
@Suite struct IncrementalBuildTests {
    @Test func everyBuildAfterASaveEqualsAFreshBuildOfTheFolder() throws {
        let plan = try SamplePlan()
        defer { plan.remove() }
        let options = PreviewOptions(planDirectory: plan.path)
        let compiler = PreviewCompiler(options: options)
        let first = compiler.build()
        #expect(first.showsDocuments)
        func expectFresh(_ build: PreviewBuild, _ what: String) {
            let fresh = PreviewCompiler(options: options).build()
            #expect(build.diagnostics == fresh.diagnostics, "\(what): diagnostics")
            #expect(build.documents == fresh.documents, "\(what): documents")
            #expect(build.fileCount == fresh.fileCount, "\(what): files")
        }
        // A prose edit shows in the chapter's documents.
        try plan.edit("CMR/education.md", replacing: "Refugee teachers work as volunteers", with: "Refugee teachers work unpaid, as volunteers")
        let edited = compiler.build()
        expectFresh(edited, "prose edit")
        #expect(edited.documents != first.documents)
        #expect(edited.documents.values.contains { SamplePlan.text($0).contains("work unpaid, as volunteers") })
        // An undeclared partner: the diagnostics instead of the documents, then fixed.
        try plan.edit("CMR/education.md", replacing: "  NRC:\n", with: "  NRCX:\n")
        let broken = compiler.build()
        expectFresh(broken, "undeclared partner")
        #expect(!broken.showsDocuments)
        #expect(broken.diagnostics.contains { $0.id.description == "partner.undeclared" })
        try plan.edit("CMR/education.md", replacing: "  NRCX:\n", with: "  NRC:\n")
        let fixed = compiler.build()
        expectFresh(fixed, "fixed")
        #expect(fixed.documents == edited.documents)
        // A new chapter and a removed one are taken in and left out.
        try FileManager.default.removeItem(atPath: plan.path + "/CMR/gbv.md")
        expectFresh(compiler.build(), "removed chapter")
    }
}
