extension String {
    /// Whether some UTF-8 byte of the string satisfies `predicate`: a loop over the string's
    /// contiguous storage, several times faster than iterating `utf8` (escaping checks every
    /// table cell of every document this way).
    @inline(__always)
    func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer in buffer.contains(where: predicate) }) { return found }
        return utf8.contains(where: predicate)
    }
}
