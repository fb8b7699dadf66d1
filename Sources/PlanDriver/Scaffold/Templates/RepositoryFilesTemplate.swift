/// The small files of a new plan repository.
enum RepositoryFilesTemplate {
    static let gitignore = ScaffoldTemplate(path: ".gitignore", text: """
        # SwiftPM build folders and local state
        .build/
        .build-*/
        .swiftpm/
        # Documents made by `swift package compile-plan` (CI keeps them as an artifact)
        /out/

        """)

    /// SwiftPM drops a target without a Swift file: this comment-only file keeps `Plan`.
    static let targetAnchor = ScaffoldTemplate(path: "plan/Plan.swift", text: """
        // This folder is the SwiftPM target `Plan`: its Markdown files are the plan's chapters.
        // SwiftPM drops a target that has no Swift file, so this file only holds this comment.
        // `swift build` runs the PlanCheck plugin over the chapters; see Package.swift.

        """)
}
