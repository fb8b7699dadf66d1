extension String {
    /// The UTF-8 of `parts` one after the other, written into one string allocated at its final
    /// size: a diagnostic's summary or note costs one allocation, where `+=` grows the string at
    /// each part and checks each part's encoding again.
    init(utf8Joining parts: String...) {
        var count = 0
        for part in parts { count += part.utf8.count }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for part in parts {
                let copied = part.utf8.withContiguousStorageIfAvailable { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[at..<(at + bytes.count)]).initialize(fromContentsOf: bytes)
                    return bytes.count
                }
                if let copied {
                    at += copied
                } else {
                    for byte in part.utf8 { buffer[at] = byte; at += 1 }
                }
            }
            return at
        }
    }
}
