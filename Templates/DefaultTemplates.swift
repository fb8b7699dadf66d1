import Foundation

/// The renderers' default templates and labels, bundled from the top-level `Templates/` folder.
///
/// Layout of the bundle (and of a `--templates DIR` override folder):
/// `html/*.mustache`, `markdown/*.mustache` and `labels.json`.
public enum DefaultTemplates {
    /// The folder that holds `html/`, `markdown/` and `labels.json`.
    public static var directory: String {
        Bundle.module.resourceURL?.path(percentEncoded: false) ?? Bundle.module.bundlePath
    }
}
