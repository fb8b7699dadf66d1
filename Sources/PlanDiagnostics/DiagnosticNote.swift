import PlanModel

/// A secondary message attached to a diagnostic, optionally pointing elsewhere
/// (for example at the first declaration of a duplicated key).
public struct DiagnosticNote: Hashable, Codable, Sendable {
    public var message: String
    public var file: String?
    public var range: SourceRange?

    public init(_ message: String, file: String? = nil, range: SourceRange? = nil) {
        self.message = message
        self.file = file
        self.range = range
    }
}
