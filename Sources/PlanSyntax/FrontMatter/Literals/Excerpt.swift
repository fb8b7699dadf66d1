extension String {
    /// The text as quoted in a diagnostic: at most 40 characters, then an ellipsis, so that a
    /// mistake in a huge value gives a one-line summary.
    var excerpt: String {
        count <= 40 ? self : String(prefix(40)) + "…"
    }
}
