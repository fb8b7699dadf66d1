extension TemplateValue {
    /// The UTF-8 bytes of every text in the value and its children (deferred values not made):
    /// a cheap estimate of what a template writes from it, to reserve its output buffer once
    /// instead of growing it by doubling, which copies the bytes written so far each time (a
    /// place's chapter holds its narratives in both formats, so this is about what one format
    /// writes, or more).
    var textSize: Int {
        switch self {
        case .text(let text): text.utf8.count
        case .utf8(let bytes): bytes.count
        case .bool, .deferred: 0
        case .list(let items): items.reduce(0) { $0 + $1.textSize }
        case .object(let fields): fields.values.reduce(0) { $0 + $1.textSize }
        }
    }
}
