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

    /// The part, as the writer that holds it: the fixed definitions (made once) and one
    /// `w:num` per list instance (a regional document has thousands).
    var part: XMLWriter {
        var w = XMLWriter(declaration: false, capacity: Self.definitions.count + instances.count * 100 + 32)
        w.raw(Self.definitions)
        for (index, ordered) in instances.enumerated() {
            w.raw("<w:num w:numId=\"")
            w.number(index + 2)
            if ordered {
                w.raw("\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>")
            } else {
                w.raw("\"><w:abstractNumId w:val=\"1\"/></w:num>")
            }
        }
        w.close("w:numbering")
        return w
    }

    /// The part up to the document's list instances: the declaration, the abstract numberings
    /// and the headings' instance.
    private static let definitions: String = {
        // The instances' abstract IDs are written as literals above.
        assert(bulletID == 1 && decimalID == 2)
        var w = XMLWriter()
        w.open("w:numbering", ["xmlns:w": DocxNamespace.w])
        headings(&w)
        for (id, ordered) in [(bulletID, false), (decimalID, true)] {
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
        w.element("w:num", ["w:numId": "\(headingsID)"]) { w in w.empty("w:abstractNumId", ["w:val": "\(headingsAbstractID)"]) }
        return w.text
    }()

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
