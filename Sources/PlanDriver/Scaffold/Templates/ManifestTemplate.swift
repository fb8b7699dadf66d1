/// `Package.swift` of a new plan repository: one target, `Plan`, holding the chapters in
/// `plan/`, checked by the PlanCheck build-tool plugin on every `swift build`.
enum ManifestTemplate {
    static let template = ScaffoldTemplate(path: "Package.swift", text: #"""
        // swift-tools-version: 6.0
        // A Refugee Response Plan kept with RRPKit. Chapters live in plan/ (Markdown with a
        // front-matter block). Commands, run in this folder:
        //   swift build                      checks every chapter (a broken chapter fails the build)
        //   swift package lint-plan          agency-neutral language and every other check
        //   swift package --allow-writing-to-package-directory compile-plan --out out
        //   swift package --allow-writing-to-package-directory format-plan
        import PackageDescription

        let package = Package(
            name: "{{package-name}}",
            dependencies: [
                // Where RRPKit comes from. Two forms, pick one:
                // - a local checkout of RRPKit (what `rrp init` wrote when it knew one):
                //     .package(name: "RRPKit", path: "/path/to/RRPKit"),
                //   keep `name: "RRPKit"`: without it SwiftPM names the package after the folder;
                // - a tagged release of the RRPKit repository, for CI and for colleagues:
                //     .package(url: "https://github.com/YOUR-ORGANIZATION/RRPKit.git", from: "0.1.0"),
                //   then run `swift package update` once and commit Package.resolved.
                {{rrpkit-dependency}},
            ],
            targets: [
                // The plan. `plan/Plan.swift` only holds a comment: SwiftPM drops a target that has
                // no Swift file, and this one exists so that `swift build` runs the PlanCheck plugin.
                .target(
                    name: "Plan",
                    path: "plan",
                    plugins: [.plugin(name: "PlanCheck", package: "RRPKit")]
                ),
            ]
        )

        """#)
}
