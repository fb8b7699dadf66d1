import Foundation
import PlanModel

/// What a part of a chapter is about, decided from its heading with the vocabulary in
/// `sections.json`. Coordination arrangements are legitimate in `.coordination` sections.
enum SectionKind: String, Sendable, Hashable, CaseIterable {
    /// A foreword, message or acknowledgements: its first person is the signatory's voice.
    case foreword
    case coordination
    case budget
    case situation
    case strategy
    /// No heading yet, or a heading the vocabulary does not classify.
    case other
}

/// Classifies headings by the words they contain (lower-cased substring match, so it works for
/// Chinese headings too). Kinds are tried in the file's order: the first kind with a word in
/// the heading wins. Words are indexed by their first byte, so a heading is read once.
struct SectionClassifier: Sendable {
    private var kinds: [SectionKind] = []
    /// By first byte: the words starting with it and the index of their kind in `kinds`.
    private var byFirstByte: [[(kind: Int, word: [UInt8])]] = Array(repeating: [], count: 256)
    /// Headings already classified: the same headings repeat in every chapter of a plan
    /// (`Protection` under each country), so each is matched once per process.
    private let classified = OnceCache<String, SectionKind?>(limit: 65_536)

    static let shipped = SectionClassifier(LintKnowledge.shipped.sections)

    init(_ file: LintKnowledge.SectionFile) {
        for record in file.kinds {
            guard let kind = SectionKind(rawValue: record.kind) else { continue }
            for word in record.words {
                let bytes = Array(Self.folded(word).utf8)
                if let first = bytes.first { byFirstByte[Int(first)].append((kinds.count, bytes)) }
            }
            kinds.append(kind)
        }
    }

    /// Lower-cased, without accents, in simplified script: `Coordinación`, `COORDINACION` and
    /// `coordinacion` classify the same, so do `協調` and `协调`.
    static func folded(_ text: String) -> String {
        // ASCII headings (most of them) need no decomposition.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            out.append(HanziFold.fold(scalar))
        }
        return String(out)
    }

    /// The kind of section a heading opens, `nil` when its words name none.
    func classify(_ heading: String) -> SectionKind? {
        classified.value(for: heading) { match(heading) }
    }

    private func match(_ heading: String) -> SectionKind? {
        let text = Array(Self.folded(heading).utf8)
        var best = kinds.count
        for i in text.indices {
            for (kind, word) in byFirstByte[Int(text[i])] where kind < best && i + word.count <= text.count {
                if text[i..<(i + word.count)].elementsEqual(word) { best = kind }
            }
            if best == 0 { break }
        }
        return best < kinds.count ? kinds[best] : nil
    }
}
