import PlanModel

extension PlanJSON {
    /// Appends the `cells` list of the funding object to `out`: `[{"partner":…,"place":…,
    /// "received":…,"sector":…},…]`, the bytes ``JSONWriter`` writes for it (keys in its sorted
    /// order, strings escaped by ``JSONWriter/writeString(_:into:)``), written straight: a large
    /// export gives tens of thousands of cells of one shape, and the writer's bookkeeping per key
    /// (its order check, its stack of containers) cost five times the bytes themselves.
    ///
    /// The cells come by place and sector, so the bytes from a cell's place to its amount, and
    /// from its sector to its end, are made once for each run of cells that share them.
    static func fundingCells(_ cells: [FundingCell], into out: inout [UInt8]) {
        out.reserveCapacity(out.count + 96 * cells.count + 2)
        out.append(UInt8(ascii: "["))
        var place = CellPiece(before: ",\"place\":", after: ",\"received\":")
        var sector = CellPiece(before: ",\"sector\":", after: "}")
        for index in cells.indices {
            out.append(literal: index > cells.startIndex ? ",{\"partner\":" as StaticString : "{\"partner\":")
            JSONWriter.writeString(cells[index].partner, into: &out)
            out.append(contentsOf: place.bytes(for: cells[index].place))
            out.append(decimal: cells[index].received)
            out.append(contentsOf: sector.bytes(for: cells[index].sector))
        }
        out.append(UInt8(ascii: "]"))
    }

    /// A string value between two fixed pieces of a cell, written once while the value stays
    /// the same from one cell to the next.
    private struct CellPiece {
        let before: StaticString
        let after: StaticString
        private var value: String?
        private var written: [UInt8] = []

        init(before: StaticString, after: StaticString) {
            self.before = before
            self.after = after
        }

        /// `before`, `value` quoted and escaped, then `after`.
        mutating func bytes(for value: String) -> [UInt8] {
            if value != self.value {
                self.value = value
                written.removeAll(keepingCapacity: true)
                written.append(literal: before)
                JSONWriter.writeString(value, into: &written)
                written.append(literal: after)
            }
            return written
        }
    }
}
