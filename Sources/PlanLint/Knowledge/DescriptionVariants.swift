import Foundation

/// The other wordings of an agency description's role phrase and of the United Nations' name,
/// generated from the listed ones so the list names each description once: French `chargée des
/// réfugiés` is also written `en charge des réfugiés`, Spanish `encargada de los refugiados` also
/// `a cargo de los refugiados`, `l'agence alimentaire de l'ONU` also `l'agence alimentaire des
/// Nations Unies`, `the UN food agency` also `the United Nations food agency`.
enum DescriptionVariants {
    /// Role phrases and the wordings that mean the same, by language.
    /// The United Nations is named three ways in each language (`de l'ONU`, `des Nations Unies`,
    /// `des Nations unies`; `UN`, `United Nations`, `U.N.`): a description is listed with the
    /// first, and matched in each.
    private static let roles: [String: [(String, [String])]] = [
        "fr": [(" chargée d", [" en charge d"]), (" chargé d", [" en charge d"]),
               (" de l'ONU", [" des Nations Unies", " des Nations unies"])],
        "es": [(" encargada de", [" a cargo de"]), (" encargado de", [" a cargo de"]),
               (" de la ONU", [" de las Naciones Unidas", " de Naciones Unidas"])],
        "en": [(" responsible for", [" in charge of"]), (" UN ", [" United Nations ", " U.N. "])],
    ]

    /// `words` with, after each phrase holding a role phrase, its other wordings (each once).
    static func expanded(_ words: [String], language: String) -> [String] {
        guard let roles = roles[language] else { return words }
        var out = words
        var seen = Set(words)
        for word in words {
            // (A space before the description, so that a phrase may open it: `UN food agency`.)
            let padded = " " + word
            for (role, others) in roles where padded.contains(role) {
                for other in others {
                    let variant = String(padded.replacingOccurrences(of: role, with: other).dropFirst())
                    if seen.insert(variant).inserted { out.append(variant) }
                }
            }
        }
        return out
    }
}
