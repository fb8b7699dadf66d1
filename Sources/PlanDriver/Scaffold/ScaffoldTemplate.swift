import Foundation

/// One file that `rrp init` writes: a path inside the new repository and its text, with
/// `{{name}}` placeholders filled from `ScaffoldValues`.
public struct ScaffoldTemplate: Sendable, Hashable {
    /// Path relative to the repository root, `/`-separated.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text with every `{{key}}` replaced by its value (keys sorted, so the result does not
    /// depend on dictionary order; a value never contains another placeholder).
    public func rendered(with values: [String: String]) -> String {
        var out = text
        for key in values.keys.sorted() {
            out = out.replacingOccurrences(of: "{{\(key)}}", with: values[key] ?? "")
        }
        return out
    }
}
