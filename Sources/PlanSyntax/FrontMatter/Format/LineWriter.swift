/// Writes one front-matter line in canonical form.
enum LineWriter {
    static func write(_ line: FrontMatterLine, depth: Int, file: SourceFile, rewrites: [Int: (end: Int, text: String)]) -> [UInt8] {
        let bytes = file.bytes
        var out = [UInt8](repeating: 0x20, count: 2 * depth)
        if line.isTrivia, let comment = line.comment { return out + bytes[comment] }
        for _ in line.dashes { out += Array("- ".utf8) }
        switch line.terminal {
        case .none:
            if !line.dashes.isEmpty { out.removeLast() }
        case .key(let name, _, let value):
            out += bytes[name]
            out.append(UInt8(ascii: ":"))
            if let value {
                out.append(0x20)
                out += spelling(value, bytes: bytes, rewrites: rewrites)
            }
        case .scalar(let value):
            out += spelling(value, bytes: bytes, rewrites: rewrites)
        }
        if let comment = line.comment {
            if out.last != 0x20 { out.append(0x20) }
            out += bytes[comment]
        }
        return out
    }

    private static func spelling(_ token: ScalarToken, bytes: [UInt8], rewrites: [Int: (end: Int, text: String)]) -> [UInt8] {
        if let rewrite = rewrites[token.range.lowerBound], rewrite.end == token.range.upperBound { return Array(rewrite.text.utf8) }
        return Array(bytes[token.range])
    }
}
