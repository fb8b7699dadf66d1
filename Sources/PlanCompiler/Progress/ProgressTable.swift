import PlanSyntax

/// The data rows of a results table under its header, handed out as ``ProgressRecord``s one at a
/// time (the table is read once, in order; a record is made only when it is reached), skipping
/// rows of empty cells (``ProgressCSVReader/hasData(_:)``).
struct ProgressTable: Sequence, Sendable {
    var rows: ArraySlice<[CSVRecords.Field]>
    var columns: ProgressCSVReader.Positions
    var file: SharedSourceFile

    /// At most this many records: the rows under the header.
    var count: Int { rows.count }

    func makeIterator() -> Iterator { Iterator(table: self, position: rows.startIndex) }

    struct Iterator: IteratorProtocol {
        let table: ProgressTable
        var position: Int

        mutating func next() -> ProgressRecord? {
            while position < table.rows.endIndex {
                let row = table.rows[position]
                position += 1
                if ProgressCSVReader.hasData(row) { return ProgressCSVReader.record(row, columns: table.columns, file: table.file) }
            }
            return nil
        }
    }
}
