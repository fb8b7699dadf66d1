/// The features the agency-voice model (``VoiceModel``) reads from a sentence, exactly as
/// `Scripts/train-voice-model.py` reads them when it trains it: the sentence's language
/// (`l:en`) and section kind (`s:strategy`), its words (`u:word`: lower-cased; each Chinese
/// character a word; a word of digits only `#`) and each pair of neighbouring words
/// (`b:first second`). A feature is known by the 64-bit FNV-1a hash of its UTF-8 bytes, so a
/// sentence is read without building a string per feature.
enum VoiceFeatures {
    /// The hashes of the features of `text`, one per occurrence.
    static func hashes(_ text: String, language: String, section: String) -> [UInt64] {
        var lowered = text.lowercased()
        return lowered.withUTF8 { bytes in
            let words = wordRanges(bytes)
            var hashes: [UInt64] = []
            hashes.reserveCapacity(2 + 2 * words.count)
            hashes.append(FNV.hash("l:", language))
            hashes.append(FNV.hash("s:", section))
            for w in words {
                var h = FNV.start("u:")
                h.add(w, of: bytes)
                hashes.append(h.value)
            }
            for (a, b) in zip(words, words.dropFirst()) {
                var h = FNV.start("b:")
                h.add(a, of: bytes)
                h.add(UInt8(ascii: " "))
                h.add(b, of: bytes)
                hashes.append(h.value)
            }
            return hashes
        }
    }

    /// The words of `text` as strings (what the features are made of; for tests and docs).
    static func words(_ text: String) -> [String] {
        var lowered = text.lowercased()
        return lowered.withUTF8 { bytes in
            wordRanges(bytes).map { $0.digitsOnly ? "#" : String(decoding: bytes[$0.range], as: UTF8.self) }
        }
    }

    /// A word: its bytes in the lower-cased sentence, or `#` for a word of digits only.
    struct Word {
        var range: Range<Int>
        var digitsOnly: Bool
    }

    /// The words of lower-cased UTF-8 `bytes`: runs of letters, digits and combining marks; a
    /// Han character is a word of its own.
    static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        var start = -1
        var digitsOnly = true
        var offset = 0
        func flush(at end: Int) {
            if start >= 0 { words.append(Word(range: start..<end, digitsOnly: digitsOnly)) }
            start = -1
            digitsOnly = true
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if isHan(scalar) {
                flush(at: offset)
                words.append(Word(range: offset..<offset + width, digitsOnly: false))
                continue
            }
            switch scalar.properties.generalCategory {
            case .decimalNumber, .letterNumber, .otherNumber:
                if start < 0 { start = offset }
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark, .spacingMark:
                if start < 0 { start = offset }
                digitsOnly = false
            default:
                flush(at: offset)
            }
        }
        flush(at: offset)
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

    /// 64-bit FNV-1a over bytes.
    struct FNV {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        static func start(_ prefix: StaticString) -> FNV {
            var h = FNV()
            prefix.withUTF8Buffer { for byte in $0 { h.add(byte) } }
            return h
        }

        static func hash(_ prefix: StaticString, _ text: String) -> UInt64 {
            var h = start(prefix)
            for byte in text.utf8 { h.add(byte) }
            return h.value
        }

        static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
            var h = FNV()
            for byte in bytes { h.add(byte) }
            return h.value
        }

        mutating func add(_ byte: UInt8) {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }

        /// Adds word `w` of `bytes`: its bytes, or `#` for digits only.
        mutating func add(_ w: Word, of bytes: UnsafeBufferPointer<UInt8>) {
            if w.digitsOnly {
                add(UInt8(ascii: "#"))
            } else {
                for i in w.range { add(bytes[i]) }
            }
        }
    }
}
