import PlanDiagnostics

/// One path of the command line after the input walk (``InputWalk``): a folder, read as a plan
/// folder, or a file, read on its own.
public enum InputItem: Sendable {
    case folder(InputFolder)
    case file(InputFile)
}

extension InputItem {
    /// The path as the user spelled it.
    public var path: String {
        switch self {
        case .folder(let folder): folder.path
        case .file(let file): file.path
        }
    }

    /// The files read and decoded.
    public var files: [SourceFile] {
        switch self {
        case .folder(let folder): folder.files
        case .file(let file): file.file.map { [$0] } ?? []
        }
    }

    /// What could not be read, followed or decoded.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .folder(let folder): folder.diagnostics
        case .file(let file): file.diagnostics
        }
    }
}
