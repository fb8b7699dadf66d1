/// What the numbered texts of one file's records stand for (``CSVRecords/Field/number``), by
/// their numbers: a tally of 50,000 flows naming a few hundred organisations, countries, sectors,
/// dates and statuses finds each text's value once, then reads it from an array instead of
/// hashing the text again for every record. Fields without a number are never kept. Numbers are
/// a file's own: the values are forgotten (``removeAll()``) when another file's records come.
struct NumberedValues<Value> {
    private var values: [Value?] = []

    /// The value kept for `field`'s text; setting one for a field without a number does nothing.
    subscript(field: CSVRecords.Field) -> Value? {
        get {
            let k = Int(field.number)
            return k >= 0 && k < values.count ? values[k] : nil
        }
        set {
            let k = Int(field.number)
            guard k >= 0 else { return }
            if k >= values.count { values += repeatElement(nil, count: k + 1 - values.count) }
            values[k] = newValue
        }
    }

    /// The value of `field`'s text: the one kept, else `make`'s (kept for the next field with
    /// its number).
    mutating func value(_ field: CSVRecords.Field, _ make: (String) -> Value) -> Value {
        if let known = self[field] { return known }
        let value = make(field.text)
        self[field] = value
        return value
    }

    /// Forgets every value (the numbers of another file are coming).
    mutating func removeAll() {
        values = []
    }
}
