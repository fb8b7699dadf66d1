/// Regular English verb forms generated from a base form listed in `patterns.json`
/// (`provide` -> `provides`, `provided`, `providing`). Irregular forms are listed as words.
enum EnglishInflection {
    static func forms(of base: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if base.hasSuffix("e"), !base.hasSuffix("ee") {
            let stem = String(base.dropLast())
            return [base, base + "s", base + "d", stem + "ing"]
        }
        if base.hasSuffix("y"), let before = base.dropLast().last, !vowels.contains(before) {
            let stem = String(base.dropLast())
            return [base, stem + "ies", stem + "ied", base + "ing"]
        }
        if ["s", "sh", "ch", "x", "z"].contains(where: { base.hasSuffix($0) }) {
            return [base, base + "es", base + "ed", base + "ing"]
        }
        return [base, base + "s", base + "ed", base + "ing"]
    }
}
