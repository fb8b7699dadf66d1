/// `.vscode/extensions.json` of a new plan repository: VS Code offers to install RRPKit's
/// extension (Editors/vscode, `publisher.name` from its package.json), which runs `rrp lsp` on
/// the chapters (docs/editors.md).
enum EditorRecommendationTemplate {
    /// The extension's identifier, `rrpkit.rrp-plan`.
    static let extensionID = "rrpkit.rrp-plan"

    static let template = ScaffoldTemplate(path: ".vscode/extensions.json", text: """
        {
          "recommendations": ["\(extensionID)"]
        }

        """)
}
