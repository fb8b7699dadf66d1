import PlanModel
import Testing

/// The byte buffer every line of `rrp lint` output goes through: what is appended comes out
/// as the same text, whichever way it was appended.
struct UTF8BufferTests {
    @Test func literalsStringsAndNumbersComeOutInOrder() {
        var out = UTF8Buffer()
        out.append("Tchad/éducation.md")
        out.append(literal: ":")
        out.append(12)
        out.append(literal: ":")
        out.append(-7)
        out.append(literal: ": ")
        out.append("l'agence « déclare »"[...])
        out.append(literal: " [")
        out.append(literal: "\u{1B}[0m")
        out.append(literal: "→")
        out.append(literal: "\n")
        #expect(out.string == "Tchad/éducation.md:12:-7: l'agence « déclare » [\u{1B}[0m→\n")
    }

    @Test func aLiteralOfOneScalarIsItsUTF8() {
        // Stored as a scalar rather than as bytes when the literal is one character.
        let oneScalar: StaticString = "é"
        var out = UTF8Buffer()
        out.append(literal: oneScalar)
        out.append(literal: "x")
        #expect(out.bytes == [0xC3, 0xA9, 0x78])
    }

    @Test func decimalsMatchSwiftsOwnDigitsAtTheLimits() {
        for value: Int64 in [0, 7, -7, 10, 999, -1_000, Int64(Int32.max) + 1, .max, .min] {
            var bytes: [UInt8] = []
            bytes.append(decimal: value)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }
}
