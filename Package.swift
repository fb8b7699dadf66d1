// swift-tools-version: 6.0
// RRPKit: compiles Refugee Response Plans written in Markdown with a typed front matter.
//
// Pipeline (one direction): Source -> Syntax -> Semantics -> Plan -> Checks -> Renderers.
// Boundaries: PlanModel has no dependencies; only PlanSyntax touches cmark pointers;
// the `rrp` executable and the plugins hold no logic (PlanDriver does the work).
import PackageDescription

let package = Package(
    name: "RRPKit",
    products: [
        .executable(name: "rrp", targets: ["rrp"]),
        .library(name: "RRPKit", targets: ["PlanDriver"]),
        // SwiftPM plugins for plan repositories (docs/plugins.md): thin launchers of `rrp`.
        .plugin(name: "PlanCheck", targets: ["PlanCheckPlugin"]),
        .plugin(name: "LintPlan", targets: ["LintPlanPlugin"]),
        .plugin(name: "CompilePlan", targets: ["CompilePlanPlugin"]),
        .plugin(name: "FormatPlan", targets: ["FormatPlanPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // The ZIP container of the Word documents (`--format docx`).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // cmark, the CommonMark reference parser, as a system library (Debian: libcmark-dev).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // ISA-L's igzip, the Word documents' deflate and CRC-32, as a system library (Debian: libisal-dev).
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
        ),
        // Value types of the plan: source ranges, typed literals, the plan AST. No dependencies.
        .target(name: "PlanModel"),
        // One diagnostic type, the engine that counts and filters, and its renderers.
        .target(name: "PlanDiagnostics", dependencies: ["PlanModel"]),
        // Source files, front matter location, the front-matter DSL, the cmark reader.
        .target(name: "PlanSyntax", dependencies: ["PlanModel", "PlanDiagnostics", "CCmark"]),
        // Loading a plan folder, semantic analysis, consolidation and the plan checks.
        .target(
            name: "PlanCompiler",
            dependencies: ["PlanModel", "PlanDiagnostics", "PlanSyntax"],
            resources: [.copy("Resources")]
        ),
        // The agency-neutral language linter.
        .target(
            name: "PlanLint",
            dependencies: ["PlanModel", "PlanDiagnostics", "PlanSyntax"],
            resources: [.copy("Resources")]
        ),
        // The default templates and labels of the renderers (the top-level Templates/ folder).
        .target(
            name: "PlanTemplates",
            path: "Templates",
            resources: [.copy("html"), .copy("markdown"), .copy("labels.json")]
        ),
        // Renderers: HTML and Markdown documents from templates, Word documents (OOXML), SVG charts, CSV with HXL tags.
        .target(
            name: "PlanRender",
            dependencies: [
                "PlanModel", "PlanDiagnostics", "PlanSyntax", "PlanTemplates", "CDeflate",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Country outlines for the regional map (Natural Earth, Scripts/make-world-map.py).
            resources: [.copy("Resources")]
        ),
        // Orchestration used by the CLI and the plugins: check, lint, compile, fmt, explain.
        .target(
            name: "PlanDriver",
            dependencies: ["PlanModel", "PlanDiagnostics", "PlanSyntax", "PlanCompiler", "PlanLint", "PlanRender"]
        ),
        // `rrp lsp`: the language server (JSON-RPC framing, typed LSP messages, the plan workspace).
        .target(
            name: "PlanLanguageServer",
            dependencies: ["PlanModel", "PlanDiagnostics", "PlanSyntax", "PlanCompiler", "PlanLint", "PlanDriver"]
        ),
        // `rrp preview`: the plan compiled in memory, served on loopback, reloaded on every change.
        .target(
            name: "PlanPreview",
            dependencies: [
                "PlanModel", "PlanDiagnostics", "PlanSyntax", "PlanRender", "PlanDriver",
                // Only the sockets: FlyingFox's HTTP server links FoundationNetworking and libcurl.
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // The command-line tool. Thin: argument parsing only.
        .executableTarget(
            name: "rrp",
            dependencies: [
                "PlanDriver",
                "PlanLanguageServer",
                "PlanPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build-tool plugin: `swift build` checks a target's chapters (`rrp build-check`).
        .plugin(name: "PlanCheckPlugin", capability: .buildTool(), dependencies: ["rrp"]),
        // Command plugins: `swift package lint-plan | compile-plan | format-plan`.
        .plugin(
            name: "LintPlanPlugin",
            capability: .command(intent: .custom(verb: "lint-plan", description: "Lint a plan's chapters with rrp lint")),
            dependencies: ["rrp"]
        ),
        .plugin(
            name: "CompilePlanPlugin",
            capability: .command(
                intent: .custom(verb: "compile-plan", description: "Compile a plan's documents with rrp compile"),
                permissions: [.writeToPackageDirectory(reason: "rrp compile writes the plan's documents into the output folder")]
            ),
            dependencies: ["rrp"]
        ),
        .plugin(
            name: "FormatPlanPlugin",
            capability: .command(
                intent: .custom(verb: "format-plan", description: "Format a plan's front matter with rrp fmt"),
                permissions: [.writeToPackageDirectory(reason: "rrp fmt rewrites the chapters' front matter in place")]
            ),
            dependencies: ["rrp"]
        ),
        // Shared test helpers (golden files, fixtures).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PlanDiagnosticsTests", dependencies: ["PlanDiagnostics", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PlanSyntaxTests", dependencies: ["PlanSyntax", "TestSupport"], exclude: ["DSL/Golden"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "TestSupport"]),
        .testTarget(name: "PlanCompilerTests", dependencies: ["PlanCompiler", "TestSupport"], exclude: ["Fixtures", "Sections/Data"]),
        .testTarget(name: "PlanLintTests", dependencies: ["PlanLint", "PlanDriver", "TestSupport"], exclude: ["Data"]),
        .testTarget(name: "PlanRenderTests", dependencies: ["PlanRender", "PlanCompiler", "PlanSyntax", "PlanDriver", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanDriverTests", dependencies: ["PlanDriver", "TestSupport"]),
        .testTarget(name: "PlanLanguageServerTests", dependencies: ["PlanLanguageServer", "PlanSyntax", "PlanDiagnostics", "PlanDriver", "TestSupport"]),
        .testTarget(name: "PlanPreviewTests", dependencies: ["PlanPreview", "PlanDriver", "PlanRender", "TestSupport"]),
        // Nested `swift build` / `swift package` runs over the packages in Tests/Fixtures/Packages.
        .testTarget(name: "PluginTests", dependencies: ["TestSupport"]),
    ]
)
