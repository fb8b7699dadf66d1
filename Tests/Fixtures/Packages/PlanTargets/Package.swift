// swift-tools-version: 6.0
// Test fixture (Tests/PluginTests): one target per build-tool plugin scenario, so that one
// nested scratch path serves them all. Never add or delete files here during a test.
import PackageDescription

let package = Package(
    name: "PlanTargets",
    dependencies: [
        .package(name: "RRPKit", path: "../../../.."),
    ],
    targets: [
        // Every chapter passes every check.
        .target(name: "CleanPlan", plugins: [.plugin(name: "PlanCheck", package: "RRPKit")]),
        // NER/country.md holds a Latin-1 byte (line 7, column 85): the build must fail there.
        .target(name: "BrokenPlan", plugins: [.plugin(name: "PlanCheck", package: "RRPKit")]),
        // NER/protection.md has "UNHCR will run..." in its narrative: a language finding.
        .target(name: "AgencyVoicePlan", plugins: [.plugin(name: "PlanCheck", package: "RRPKit")]),
        // NER/protection.md is valid but not in canonical form (`USD 4200000`, `Diffa,Tillabéri`).
        .target(name: "UnformattedPlan", plugins: [.plugin(name: "PlanCheck", package: "RRPKit")]),
    ]
)
