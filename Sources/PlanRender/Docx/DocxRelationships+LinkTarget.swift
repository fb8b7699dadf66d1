extension DocxRelationships {
    /// A link's address with its URI and its hash worked out once: a chapter's links are looked
    /// up again in every document the chapter is copied into (``DocxBody/append(_:)``), and
    /// hashing each address in full there was a twentieth of the writer's time.
    struct LinkTarget: Hashable, Sendable {
        let address: String
        /// The address as a URI (``DocxRelationships/uri(_:)``).
        let uri: String
        /// FNV-1a of the address's UTF-8.
        private let digest: UInt64

        init(_ address: String) {
            self.address = address
            // The hash and whether the address is a URI as it is, in one pass over its bytes.
            var text = address
            let (digest, isURI) = text.withUTF8 { utf8 in
                var digest: UInt64 = 0xCBF2_9CE4_8422_2325
                var isURI = true
                for byte in utf8 {
                    digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                    isURI = isURI && DocxRelationships.isURIByte(byte)
                }
                return (digest, isURI)
            }
            uri = isURI ? address : DocxRelationships.uri(address)
            self.digest = digest
        }

        static func == (a: LinkTarget, b: LinkTarget) -> Bool { a.digest == b.digest && a.address == b.address }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }
}
