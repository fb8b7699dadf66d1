import Foundation
import PlanModel

/// Lines are (depth, text); a negative depth is an exact column (for lines inside `- ` items).
/// Seeded generator of valid chapters written in many acceptable but non-canonical ways
/// (indentation widths, spacing, comments, blank lines, literal spellings), for formatter tests.
struct ChapterGenerator {
    private var state: UInt64
    private var unit = 2

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    private mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    private mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }

    mutating func chapter() -> String {
        unit = pick([2, 3, 4])
        let lines: [(Int, String)]
        switch int(0...2) {
        case 0: lines = plan()
        case 1: lines = [(0, "chapter: country"), (0, "country: \(pick(["TCD", "CMR", "NER", "NOR"]))"), (0, "language: \(pick(["fr", "en"]))"), (0, "title: Analyse été")]
        default: lines = sector()
        }
        var out = "---\n"
        for (depth, text) in lines.map({ ($0.0 < 0 ? -$0.0 : $0.0 * unit, $0.1) }) {
            if chance(10) { out += "\n" }
            if chance(8) { out += String(repeating: " ", count: depth) + "# note \(int(0...9))\n" }
            var line = String(repeating: " ", count: depth) + spaced(text)
            if chance(15) { line += String(repeating: " ", count: int(1...3)) + "# c" }
            if chance(10) { line += String(repeating: " ", count: int(1...2)) }
            out += line + "\n"
        }
        return out + "---\n# Body  \n\n- keep   me\n"
    }

    /// Adds spaces after the colon of a `key: value` line, sometimes.
    private mutating func spaced(_ text: String) -> String {
        guard chance(30), let r = text.range(of: ": ") else { return text }
        return text.replacingCharacters(in: r, with: ":" + String(repeating: " ", count: int(2...3)))
    }

    private mutating func list(_ items: [String]) -> String {
        items.map { $0 }.joined(separator: pick([",", ", ", " ,", " , "]))
    }

    private mutating func money() -> String {
        let millions = int(0...900)
        switch int(0...3) {
        case 0: return millions == 0 ? "USD \(int(100...999)),\(int(100...999))" : "USD \(millions),\(int(100...999)),\(int(100...999))"
        case 1: return "USD \(millions).\(int(0...9))M"
        case 2: return "USD \(millions).\(int(10...99)) million"
        default: return "USD \(millions * 1000 + int(1...999))\(int(100...999))"
        }
    }

    private mutating func count() -> String {
        let n = int(1...2_000_000)
        return chance(50) ? "\(n)" : Money.grouped(Int64(n))
    }

    private mutating func plan() -> [(Int, String)] {
        var lines: [(Int, String)] = [
            (0, "plan: Plan \(int(1...9))"), (0, "type: \(pick(["regional", "country", "rmrp"]))"),
            (0, "period: \(pick(["2026-01-01 to 2026-12-31", "2025-01 to 2026-12", "2026-03 to 2026-03"]))"),
            (0, "version: launch"), (0, "language: en"), (0, "countries: " + list(["TCD", "CMR", "NER"])),
            (0, "sectors:"), (1, "protection:"), (2, "name: Protection"), (2, "subsectors: " + list(["gbv", "child-protection"])),
            (0, "partners:"),
        ]
        for id in ["UNHCR", "NRC", "CRT"].prefix(int(1...3)) {
            lines += [(1, "\(id):"), (2, "name: \(id) name"), (2, "type: \(pick(["un", "ingo", "red-cross", "rlo"]))")]
            if chance(40) { lines.append((2, "local: \(pick(["yes", "no"]))")) }
        }
        lines += [(0, "headline:"), (1, "requirements: \(money())"), (1, "partners: \(int(1...40))")]
        if chance(50) { lines += [(0, "illustrative: yes")] }
        if chance(50) { lines += [(0, "lint:"), (1, "allow:"), (chance(50) ? 1 : 2, "- UNHCR will lead, with partners")] }
        return lines
    }

    private mutating func sector() -> [(Int, String)] {
        var lines: [(Int, String)] = [
            (0, "chapter: sector"), (0, "country: \(pick(["TCD", "regional", "southern-cone"]))"), (0, "sector: protection"),
            (0, "population:"), (1, "refugees:"), (2, "planned: \(count())"), (2, "targeted: \(count())"),
            (2, "sex: female 56%,\(pick(["", " "]))male 44%"), (2, "age: 0-4 18%, 5-11 20%, 12-17 16%, 18-59 41%, 60+ 5%"),
            (0, "locations: " + list(["Ouaddaï", "Sila", "Wadi Fira"])), (0, "assumptions:"),
        ]
        let itemDepth = chance(50) ? 0 : 1
        lines += [(itemDepth, "- The border remains open."), (itemDepth, "- \"#2: access holds\"")]
        lines += [(0, "indicators:"), (itemDepth, "- id: PRT-01"), (-(itemDepth * unit + 2), "baseline: \(pick(["62%", "1,200", "3.5"]))"), (-(itemDepth * unit + 2), "target: 95%")]
        lines += [(0, "requirements:"), (1, "UNHCR: \(money())"), (1, "NRC:"), (2, "2025: \(money())"), (2, "2026: \(money())")]
        return lines
    }
}
