/// `word/numbering.xml`: one bullet and one numbered list definition, and one instance per
/// list of the document, so each numbered list starts again at 1.
struct DocxNumbering {
    /// Whether each instance is ordered, by `numId - 1`.
    private(set) var instances: [Bool] = []

    /// A new list instance; returns its `numId`.
    mutating func newList(ordered: Bool) -> Int {
        instances.append(ordered)
        return instances.count
    }

    private static let bulletID = 1
    private static let decimalID = 2

    var xml: String {
        var w = XMLWriter()
        w.open("w:numbering", ["xmlns:w": DocxNamespace.w])
        for (id, ordered) in [(Self.bulletID, false), (Self.decimalID, true)] {
            w.element("w:abstractNum", ["w:abstractNumId": "\(id)"]) { w in
                w.empty("w:multiLevelType", ["w:val": "hybridMultilevel"])
                for level in 0..<9 {
                    w.element("w:lvl", ["w:ilvl": "\(level)"]) { w in
                        w.empty("w:start", ["w:val": "1"])
                        if ordered {
                            w.empty("w:numFmt", ["w:val": ["decimal", "lowerLetter", "lowerRoman"][level % 3]])
                            w.empty("w:lvlText", ["w:val": "%\(level + 1)."])
                        } else {
                            w.empty("w:numFmt", ["w:val": "bullet"])
                            w.empty("w:lvlText", ["w:val": ["•", "◦", "▪"][level % 3]])
                        }
                        w.empty("w:lvlJc", ["w:val": "left"])
                        w.element("w:pPr") { w in w.empty("w:ind", ["w:left": "\(360 * (level + 1) + 360)", "w:hanging": "360"]) }
                    }
                }
            }
        }
        for (index, ordered) in instances.enumerated() {
            w.element("w:num", ["w:numId": "\(index + 1)"]) { w in
                w.empty("w:abstractNumId", ["w:val": "\(ordered ? Self.decimalID : Self.bulletID)"])
                if ordered {
                    w.element("w:lvlOverride", ["w:ilvl": "0"]) { w in w.empty("w:startOverride", ["w:val": "1"]) }
                }
            }
        }
        w.close("w:numbering")
        return w.text
    }
}
