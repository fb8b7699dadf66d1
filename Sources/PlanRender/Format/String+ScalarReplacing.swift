extension String {
    /// The string with each Unicode scalar for which `replacement` gives a text replaced by it
    /// (an empty text drops the scalar); the escapers' one loop.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let text = replacement(scalar) { out += text } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
