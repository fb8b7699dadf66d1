/// The features the agency-voice model (``VoiceModel``) reads from a sentence, exactly as
/// `Scripts/train-voice-model.py` reads them when it trains it: the sentence's language and
/// section kind, its words (lower-cased; each Chinese character a word; a word of digits only
/// `#`) and each pair of neighbouring words.
enum VoiceFeatures {
    /// The features of `text`, a feature once per occurrence.
    static func of(_ text: String, language: String, section: String) -> [String] {
        let words = words(text)
        var features = ["l:" + language, "s:" + section]
        features.reserveCapacity(2 + 2 * words.count)
        for word in words { features.append("u:" + word) }
        for (a, b) in zip(words, words.dropFirst()) { features.append("b:" + a + " " + b) }
        return features
    }

    /// The words of `text`: runs of letters, digits and combining marks, lower-cased; a Han
    /// character is a word of its own; a run of digits only is `#`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var digitsOnly = true
        func flush() {
            guard !current.isEmpty else { return }
            words.append(digitsOnly ? "#" : String(current))
            current = String.UnicodeScalarView()
            digitsOnly = true
        }
        for scalar in text.lowercased().unicodeScalars {
            if isHan(scalar) {
                flush()
                words.append(String(Character(scalar)))
                continue
            }
            switch scalar.properties.generalCategory {
            case .decimalNumber, .letterNumber, .otherNumber:
                current.append(scalar)
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark, .spacingMark:
                current.append(scalar)
                digitsOnly = false
            default:
                flush()
            }
        }
        flush()
        return words
    }

    /// The CJK unified ideographs (with extension A, the compatibility block and the
    /// supplementary planes' extensions).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }
}
