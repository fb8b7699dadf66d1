extension RenderOptions {
    /// Whether the compile renders HTML documents: for `html`, and for `pdf`, which prints them.
    public var rendersHTML: Bool { formats.contains(.html) || formats.contains(.pdf) }
}
