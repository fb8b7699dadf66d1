/// A foreword file (`chapter: foreword`) signed by the regional refugee coordinator, for tests.
public enum ForewordChapter {
    /// The foreword file with `body` as its text.
    public static func text(_ body: String) -> String {
        "---\nchapter: foreword\nsigned-by:\n  - A. Name, Regional Refugee Coordinator\n---\n" + body + "\n"
    }
}
