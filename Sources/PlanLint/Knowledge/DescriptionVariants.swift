import Foundation

/// The other wordings of an agency description's role phrase, generated from the listed ones so
/// the list names each description once: French `chargée des réfugiés` is also written `en
/// charge des réfugiés`, Spanish `encargada de los refugiados` also `a cargo de los refugiados`.
enum DescriptionVariants {
    /// Role phrases and the wordings that mean the same, by language.
    private static let roles: [String: [(String, [String])]] = [
        "fr": [(" chargée d", [" en charge d"]), (" chargé d", [" en charge d"])],
        "es": [(" encargada de", [" a cargo de"]), (" encargado de", [" a cargo de"])],
        "en": [(" responsible for", [" in charge of"])],
    ]

    /// `words` with, after each phrase holding a role phrase, its other wordings (each once).
    static func expanded(_ words: [String], language: String) -> [String] {
        guard let roles = roles[language] else { return words }
        var out = words
        var seen = Set(words)
        for word in words {
            for (role, others) in roles where word.contains(role) {
                for other in others {
                    let variant = word.replacingOccurrences(of: role, with: other)
                    if seen.insert(variant).inserted { out.append(variant) }
                }
            }
        }
        return out
    }
}
