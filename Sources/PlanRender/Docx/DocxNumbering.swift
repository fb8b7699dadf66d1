/// `word/numbering.xml`: the headings' outline numbering (Heading 1-3 linked to one multilevel
/// list: 1, 1.1, 1.1.1), one bullet and one numbered list definition, and one instance per list
/// of the document, so each numbered list starts again at 1.
struct DocxNumbering {
    /// Whether each list instance is ordered, by `numId - 2` (``numberingID(ofList:)``).
    private(set) var instances: [Bool] = []

    /// A new list instance; returns its `numId`.
    mutating func newList(ordered: Bool) -> Int {
        instances.append(ordered)
        return instances.count + 1
    }

    /// Whether the list instance `numId` is ordered.
    func isOrdered(_ numId: Int) -> Bool { instances[numId - 2] }

    /// Whether `numId` is an instance this part defines.
    func defines(_ numId: Int) -> Bool { numId >= 1 && numId <= instances.count + 1 }

    /// The instance the Heading 1-3 styles carry (``DocxStyles``).
    static let headingsID = 1
    /// The levels of the headings' numbering.
    static let headingLevels = 3

    private static let headingsAbstractID = 0
    private static let bulletID = 1
    private static let decimalID = 2

    var xml: String {
        var w = XMLWriter()
        w.open("w:numbering", ["xmlns:w": DocxNamespace.w])
        Self.headings(&w)
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
        w.element("w:num", ["w:numId": "\(Self.headingsID)"]) { w in w.empty("w:abstractNumId", ["w:val": "\(Self.headingsAbstractID)"]) }
        for (index, ordered) in instances.enumerated() {
            w.element("w:num", ["w:numId": "\(index + 2)"]) { w in
                w.empty("w:abstractNumId", ["w:val": "\(ordered ? Self.decimalID : Self.bulletID)"])
                if ordered {
                    w.element("w:lvlOverride", ["w:ilvl": "0"]) { w in w.empty("w:startOverride", ["w:val": "1"]) }
                }
            }
        }
        w.close("w:numbering")
        return w.text
    }

    /// The headings' multilevel list: level N numbers Heading N+1 (`1`, `1.1`, `1.1.1`, each
    /// followed by a tab); the levels below Heading 3 are not numbered.
    private static func headings(_ w: inout XMLWriter) {
        w.element("w:abstractNum", ["w:abstractNumId": "\(headingsAbstractID)"]) { w in
            w.empty("w:multiLevelType", ["w:val": "multilevel"])
            for level in 0..<9 {
                w.element("w:lvl", ["w:ilvl": "\(level)"]) { w in
                    w.empty("w:start", ["w:val": "1"])
                    if level < headingLevels {
                        w.empty("w:numFmt", ["w:val": "decimal"])
                        w.empty("w:pStyle", ["w:val": "Heading\(level + 1)"])
                        w.empty("w:lvlText", ["w:val": (1...level + 1).map { "%\($0)" }.joined(separator: ".")])
                    } else {
                        w.empty("w:numFmt", ["w:val": "none"])
                        w.empty("w:lvlText", ["w:val": ""])
                    }
                    w.empty("w:lvlJc", ["w:val": "left"])
                    let indent = level < headingLevels ? 432 + 144 * level : 0
                    w.element("w:pPr") { w in w.empty("w:ind", ["w:left": "\(indent)", "w:hanging": "\(indent)"]) }
                }
            }
        }
    }
}
