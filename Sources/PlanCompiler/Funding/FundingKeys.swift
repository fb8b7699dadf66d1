/// The distinct keys of one kind that funding records are counted under (place codes, sector
/// IDs), each numbered once: the tally adds up cells keyed by numbers, hashed and compared
/// without reading strings, and turns them back into the keys at the end.
struct FundingKeys {
    private var numbers: [String: Int32] = [:]
    /// The keys, by number.
    private(set) var keys: [String] = []

    /// The number of `key` (a new one the first time).
    mutating func number(_ key: String) -> Int32 {
        if let known = numbers[key] { return known }
        let number = Int32(truncatingIfNeeded: keys.count)
        numbers[key] = number
        keys.append(key)
        return number
    }
}
