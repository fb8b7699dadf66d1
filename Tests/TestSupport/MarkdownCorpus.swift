import Foundation

/// Chapter files to compare two ways of rendering Markdown on: the sample plan, the fixture
/// plans, chapters of a plan made by `Scripts/generate-plan.py`, and bodies chosen for cmark's
/// corner cases (``tricky``).
public enum MarkdownCorpus {
    /// A chapter file: its path and text.
    public struct Chapter: Sendable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Folders of the package whose `.md` files are chapters.
    public static let folders = [
        "Samples/lake-basin-rrp", "Tests/PlanRenderTests/Fixtures/two-country", "Tests/PlanCompilerTests/Fixtures",
    ]

    /// Every chapter of the corpus.
    public static let all: [Chapter] = files + generated + tricky

    /// The `.md` files under ``folders``, in path order.
    public static let files: [Chapter] = folders.flatMap { markdownFiles(under: PackagePaths.path($0)) }

    /// The chapters of a small generated plan (empty when `python3` is missing).
    public static let generated: [Chapter] = {
        guard let directory = try? TemporaryDirectory() else { return [] }
        defer { directory.remove() }
        let plan = (directory.path as NSString).appendingPathComponent("plan")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", PackagePaths.path("Scripts/generate-plan.py"), plan, "--countries", "2", "--sectors", "3", "--words", "900"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return [] }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? markdownFiles(under: plan) : []
    }()

    /// A generated plan must be part of the corpus wherever Python is.
    public static var pythonIsPresent: Bool {
        ["/usr/bin/python3", "/usr/local/bin/python3"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func markdownFiles(under folder: String) -> [Chapter] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted()
        return paths.compactMap { relative in
            let full = (folder as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: full) else { return nil }
            return Chapter(path: full, text: String(decoding: data, as: UTF8.self))
        }
    }
}
