import Foundation
import PlanModel

/// The words with which prose writes figures, in English, French and Spanish: scale words
/// (`million`, `millions`, `millones`, `milliard`, `mil millones`), percent words (`per cent`,
/// `pour cent`, `por ciento`) and numbers spelled out (`four`, `quatre`, `cuatro`, from CLDR's
/// spell-out rules through Foundation), so that `almost four million` and `casi 4 millones` state
/// the same figure.
///
/// Scale and percent words of all three languages are read in every text: a French text that
/// quotes `USD 1.2 billion` states 1.2 billion. `billón` and `billones` are a million million, as
/// in Spanish (`1,35 billones` is not `1.35 billion`).
struct FigureWords: Sendable {
    /// Spelled-out numbers from two to ninety-nine, lower-cased: `four` → 4, `dix-sept` → 17,
    /// `veintidós` → 22 (the one-word forms CLDR writes; `setenta y uno` is three words and is
    /// not read).
    let numbers: [String: Int]

    /// Words read as one before a scale word (`a million`, `un millón`, `une centaine` is not).
    static let one: Set<String> = ["a", "an", "one", "un", "une", "uno", "una"]

    /// Scale words, lower-cased, and the power of ten they multiply by.
    static let scales: [String: Int] = [
        "thousand": 3, "thousands": 3, "mil": 3, "mille": 3, "millier": 3, "milliers": 3, "k": 3,
        "million": 6, "millions": 6, "millón": 6, "millon": 6, "millones": 6, "m": 6, "mn": 6, "mio": 6,
        "billion": 9, "billions": 9, "milliard": 9, "milliards": 9, "millardo": 9, "millardos": 9, "bn": 9, "b": 9,
        "billón": 12, "billon": 12, "billones": 12, "trillion": 12, "trillions": 12,
    ]

    /// One-letter scale words, read only right after the digits (`50k`, `1.2B`, `155.7M`), and
    /// `m` also after a space (`USD 58.4 M`).
    static let attachedOnly: Set<String> = ["k", "b"]

    /// Percent words: one word, or two (`per cent`, `pour cent`, `por ciento`).
    static let percentWords: Set<String> = ["percent", "pourcent", "porciento"]
    static let percentPairs: Set<String> = ["per cent", "pour cent", "por ciento"]

    /// Currency codes written right before the digits (`USD3.1 billion`): the digits start a
    /// figure all the same.
    static let currencyPrefixes: Set<String> = ["usd", "us", "eur", "chf", "gbp", "cad", "aud"]

    /// Endings of an ordinal written in digits (`13th`, `1er`, `2e`, `3ème`, `1º`): the number
    /// is read, as a figure that may match but is never required (see ``ProseFigures/Figure/soft``).
    static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "º", "ª"]

    private static let cache = OnceCache<String, FigureWords>()

    /// The words of `language` (its base language: `fr-CA` reads as `fr`).
    static func of(_ language: String) -> FigureWords {
        let base = String(language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "en")
        return cache.value(for: base) { FigureWords(language: base) }
    }

    private init(language: String) {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.numberStyle = .spellOut
        var numbers: [String: Int] = [:]
        for n in 2...99 {
            guard let word = formatter.string(from: NSNumber(value: n))?.lowercased(), !word.contains(" ") else { continue }
            numbers[word] = n
        }
        self.numbers = numbers
    }
}
