/// Rendered chapter bodies of one compile, by chapter file and placement.
enum NarrativeCache {
    struct Key: Hashable, Sendable {
        var file: String
        var baseLevel: Int
        var titles: [String]
        var html: Bool
        var markdown: Bool
    }

    struct Rendered: Sendable {
        var hasText: Bool
        var html: String
        var markdown: String
    }
}
