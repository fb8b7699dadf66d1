import Testing
@testable import PlanCompiler

@Suite struct NearMissTests {
    @Test func suggestsTheClosestCandidate() {
        #expect(NearMiss.suggestion(for: "protecton", among: ["education", "protection"]) == "protection")
        #expect(NearMiss.suggestion(for: "UNHCF", among: ["UNHCR", "NRC"]) == "UNHCR")
        #expect(NearMiss.suggestion(for: "OA17", among: ["OA1", "OA16", "OA7"]) == "OA1")
    }

    @Test func countsATranspositionAsOneEdit() {
        #expect(NearMiss.suggestion(for: "eudcation", among: ["education"]) == "education")
    }

    @Test func staysSilentWhenNothingIsClose() {
        #expect(NearMiss.suggestion(for: "logistics", among: ["education", "protection"]) == nil)
        #expect(NearMiss.didYouMean("xyz", among: ["protection"]) == "")
    }
}
