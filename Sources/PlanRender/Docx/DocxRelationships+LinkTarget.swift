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
            uri = DocxRelationships.uri(address)
            var digest: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in address.utf8 { digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            self.digest = digest
        }

        static func == (a: LinkTarget, b: LinkTarget) -> Bool { a.digest == b.digest && a.address == b.address }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }
}
