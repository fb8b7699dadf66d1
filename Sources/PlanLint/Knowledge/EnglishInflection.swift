/// English verb forms generated from a base form listed in `verbs.json` (`provide` ->
/// `provides`, `provided`, `providing`), with the word classes of each form; irregular verbs
/// (`build`, `seek`) and doubled consonants (`ship`, `transfer`) are listed in `verbs.json`.
enum EnglishInflection {
    /// Base, third person, past, past participle and `-ing` forms of a regular verb.
    static func forms(of base: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if base.hasSuffix("e"), !base.hasSuffix("ee") {
            let stem = String(base.dropLast())
            return [base, base + "s", base + "d", base + "d", stem + "ing"]
        }
        if base.hasSuffix("y"), let before = base.dropLast().last, !vowels.contains(before) {
            let stem = String(base.dropLast())
            return [base, stem + "ies", stem + "ied", stem + "ied", base + "ing"]
        }
        if ["s", "sh", "ch", "x", "z"].contains(where: { base.hasSuffix($0) }) {
            return [base, base + "es", base + "ed", base + "ed", base + "ing"]
        }
        return [base, base + "s", base + "ed", base + "ed", base + "ing"]
    }

    /// The forms of `base` with their classes; `irregular` gives third person, past, past
    /// participle and `-ing` forms.
    static func classified(_ base: String, irregular: [String]?) -> [(String, WordClass)] {
        let f = irregular.map { [base] + $0 } ?? forms(of: base)
        return [
            (f[0], [.verbForm, .infinitive]), (f[1], .verbForm), (f[2], .verbForm),
            (f[3], [.verbForm, .participle]), (f[4], [.verbForm, .gerund]),
        ]
    }
}
