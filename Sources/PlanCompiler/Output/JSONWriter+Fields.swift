extension JSONWriter {
    /// `"key": "value"`.
    public mutating func field(_ key: String, _ value: String) {
        self.key(key)
        string(value)
    }

    /// `"key": "value"`, or nothing when `value` is nil.
    public mutating func field(_ key: String, _ value: String?) {
        if let value { field(key, value) }
    }

    /// `"key": 123`.
    public mutating func field<I: BinaryInteger>(_ key: String, _ value: I) {
        self.key(key)
        integer(value)
    }

    /// `"key": 123`, or nothing when `value` is nil.
    public mutating func field<I: BinaryInteger>(_ key: String, _ value: I?) {
        if let value { field(key, value) }
    }

    /// `"key": true`.
    public mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    /// `"key": ["a", "b"]`.
    public mutating func field(_ key: String, strings: [String]) {
        self.key(key)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }

    /// `"key": [...]`, each item written by `body`.
    public mutating func array<T>(_ key: String, _ items: [T], _ body: (inout JSONWriter, T) -> Void) {
        self.key(key)
        beginArray()
        for item in items { body(&self, item) }
        endArray()
    }

    /// `"key": {...}` written by `body`, or nothing when `value` is nil.
    public mutating func object<T>(_ key: String, _ value: T?, _ body: (inout JSONWriter, T) -> Void) {
        guard let value else { return }
        self.key(key)
        body(&self, value)
    }

    /// A fraction 0...1 as a number with four decimals (`0.4167`); 0 when not finite.
    public mutating func fraction(_ key: String, _ value: Double) {
        let scaled = value.isFinite ? Int64(roundingClamped: value * 10_000) : 0
        let frac = String(scaled % 10_000)
        self.key(key)
        number("\(scaled / 10_000).\(String(repeating: "0", count: 4 - frac.count))\(frac)")
    }
}
