/// Folds traditional Chinese characters to simplified ones, so that every name, word and heading
/// of the linter's vocabulary (written in simplified characters) also matches traditional text:
/// `聯合國難民署` is matched as `联合国难民署`. The traditional forms are generated from the
/// simplified vocabulary (`hanzi.json`).
enum HanziFold {
    /// Traditional scalar -> simplified scalar.
    static let table: [UInt32: Unicode.Scalar] = {
        var out: [UInt32: Unicode.Scalar] = [:]
        for pair in LintKnowledge.shipped.hanzi.pairs {
            let scalars = Array(pair.unicodeScalars)
            guard let simplified = scalars.first else { continue }
            for traditional in scalars.dropFirst() { out[traditional.value] = simplified }
        }
        return out
    }()

    /// The simplified form of a CJK character (itself when it has none).
    @inline(__always) static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        table[scalar.value] ?? scalar
    }

    /// `text` with every traditional character folded.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(fold(s)) }
        return String(out)
    }
}
