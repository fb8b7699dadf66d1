import Foundation
import PlanModel
import Testing
@testable import PlanCompiler

@Suite struct PlanJSONTests {
    typealias F = Fixture

    func plan() throws -> Plan {
        var f = Fixture()
        f.add("plan.md", F.plan(), body: "# Regional overview\n\nLine with \"quotes\" and é.\n")
        f.add("TCD/education.md", F.sector(.country(CountryCode("TCD")), "education", requirements: [("UNHCR", [(nil, 1_250_000)]), ("CRT", [(nil, 5)])]))
        return try #require(f.compile().plan)
    }

    @Test func isByteIdenticalAcrossRunsWithSortedKeys() throws {
        let a = PlanJSON.encode(try plan())
        let b = PlanJSON.encode(try plan())
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.hasPrefix("{\"consolidation\":{"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func isValidJSONWithIntegerAmountsAndTheSchemaVersion() throws {
        let data = Data(PlanJSON.encode(try plan()))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "rrpkit-plan")
        #expect(object["schemaVersion"] as? Int == 3)
        #expect(object["illustrative"] as? Bool == true)
        let consolidation = try #require(object["consolidation"] as? [String: Any])
        #expect(consolidation["total"] as? Int == 1_250_005)
        let partners = try #require(consolidation["partners"] as? [String: Any])
        #expect(partners["count"] as? Int == 2)
        #expect(partners["localShare"] as? Double == 0.5)
        let overview = try #require(object["overview"] as? [String: Any])
        #expect((overview["markdown"] as? String)?.contains("\"quotes\" and é") == true)
    }

    @Test func escapesControlCharactersQuotesAndBackslashes() {
        var w = JSONWriter()
        w.string("a\u{01}\n\t\\\"é")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\"a\\u0001\\n\\t\\\\\\\"é\"")
    }

    /// Bytes to escape at every position of the eight-byte scan, in runs of every length.
    @Test func escapesAtEveryPositionOfTheWordScan() {
        for length in 0..<24 {
            for position in 0..<max(length, 1) {
                for special in ["\"", "\\", "\n", "\u{1F}", "é"] {
                    var chars = Array(repeating: "a", count: length)
                    if length > 0 { chars[position] = special }
                    let text = chars.joined()
                    var w = JSONWriter()
                    w.string(text)
                    let expected = "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                        .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\u{1F}", with: "\\u001f") + "\""
                    #expect(String(decoding: w.bytes, as: UTF8.self) == expected, "\(length) \(position)")
                }
            }
        }
    }

    /// Two bytes to escape in one eight-byte word, or one beside bytes a borrow could flag (the
    /// scan goes straight to the first flagged byte): every pair of positions in 12 bytes.
    @Test func escapesEveryPairInAWord() {
        let specials = ["\"", "\\", "\n", "\u{1F}", "\u{0}", " ", "!", "#", "[", "]", "\u{7F}", "é"]
        func escaped(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\u{1F}": out += "\\u001f"
                case "\u{0}": out += "\\u0000"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        for first in 0..<12 {
            for second in first..<12 {
                for a in specials {
                    for b in specials {
                        var chars = Array(repeating: "a", count: 12)
                        chars[first] = a
                        chars[second] = b
                        let text = chars.joined()
                        var w = JSONWriter()
                        w.string(text)
                        #expect(String(decoding: w.bytes, as: UTF8.self) == escaped(text), "\(first) \(second) \(a) \(b)")
                    }
                }
            }
        }
    }

    @Test func separatesMembersAndSkipsAbsentOptionals() {
        var w = JSONWriter()
        w.beginObject()
        w.field("a", [Int]().first)
        w.array("b", [1, 2]) { w, n in w.integer(n) }
        w.field("c", "x")
        w.object("d", Optional(5)) { w, n in
            w.beginObject()
            w.key("e")
            w.null()
            w.fraction("f", 1.0 / 3.0)
            w.endObject()
        }
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"b":[1,2],"c":"x","d":{"e":null,"f":0.3333}}"#)
    }
}

extension PlanJSONTests {
    @Test func declaredSubsectorNamesAreAnAdditiveObject() throws {
        var f = Fixture()
        var sectors = F.defaultSectors
        sectors[0].subsectorNames = ["gbv": F.loc("Violences basées sur le genre"), "child-protection": F.loc("Protection de l'enfance")]
        f.add("plan.md", F.plan(sectors: sectors), body: "# Regional overview\n")
        f.add("TCD/gbv.md", F.sector(.country(CountryCode("TCD")), "protection", subsector: "gbv", requirements: [("UNHCR", [(nil, 5)])]))
        let compiled = try #require(f.compile().plan)
        #expect(compiled.sectors.first?.subsectorNames == ["gbv": "Violences basées sur le genre", "child-protection": "Protection de l'enfance"])
        let text = String(decoding: PlanJSON.encode(compiled), as: UTF8.self)
        #expect(text.contains(#""subsectorNames":{"child-protection":"Protection de l'enfance","gbv":"Violences basées sur le genre"},"subsectors":["gbv","child-protection"]"#), "\(text)")
        #expect(!String(decoding: PlanJSON.encode(try plan()), as: UTF8.self).contains("subsectorNames"), "the list form adds no key")
    }
}
