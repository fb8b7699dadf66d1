/// Reading the few things RRPKit takes from a reference document's XML (a section's page, a
/// header's relationships) without an XML parser: start tags and their attributes as Word
/// writes them (`name="value"`).
enum DocxXMLScan {
    /// The text of every `<name ...>` or `<name .../>` start tag in `xml`, without its `<name `.
    static func startTags(_ name: String, in xml: Substring) -> [Substring] {
        xml.components(separatedBy: "<" + name + " ").dropFirst().map { Substring($0.prefix { $0 != ">" }) }
    }

    /// The first `<name ...>` start tag in `xml`.
    static func startTag(_ name: String, in xml: Substring) -> Substring? {
        guard let start = xml.range(of: "<" + name + " ") else { return nil }
        return xml[start.upperBound...].prefix { $0 != ">" }
    }

    /// The value of attribute `name` in a start tag.
    static func attribute(_ name: String, _ tag: Substring) -> String? {
        let key = name + "=\""
        let start = tag.hasPrefix(key) ? tag.startIndex..<tag.index(tag.startIndex, offsetBy: key.count) : tag.range(of: " " + key)
        guard let start else { return nil }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }

    /// The value of attribute `name` as a whole number.
    static func integer(_ name: String, _ tag: Substring) -> Int? {
        attribute(name, tag).flatMap { Int($0) }
    }
}
