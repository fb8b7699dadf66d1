// swift-tools-version: 6.0
// Test fixture (Tests/PluginTests): a documentation-only plan repository with no targets; the
// command plugins of RRPKit still work with --dir. NER/protection.md has "UNHCR will run...".
import PackageDescription

let package = Package(
    name: "DocsOnly",
    dependencies: [
        .package(name: "RRPKit", path: "../../../.."),
    ]
)
