import Testing

/// A nested run is repeated only when SwiftPM itself crashed, never when `rrp` did.
@Suite struct NestedSwiftTests {
    @Test func onlyASwiftPMCrashIsRunAgain() {
        let swiftPM = "*** Program crashed: Bad pointer dereference at 0x2 ***\n\nThread 0 \"swift-package\":\n"
        let rrp = "*** Program crashed: Bad pointer dereference at 0x2 ***\n\nThread 0 \"rrp-tool\":\n"
        #expect(NestedSwift.swiftPMCrashed(swiftPM))
        #expect(!NestedSwift.swiftPMCrashed(rrp))
        #expect(!NestedSwift.swiftPMCrashed("error: no target named 'NoSuchPlan'"))
    }
}
