import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Data files a compile reads beside the plan's chapters: funding records (`--funding`) and
/// indicator results (`--progress`). One model for both: the files named on the command line,
/// read by ``InputWalk`` like every other input, added to those the plan file lists under
/// `funding: files:` or `progress: files:` (see ``DataFiles``).
public struct DataInputs: Sendable {
    /// The files named on the command line, read by ``InputWalk``.
    public var files: [InputFile]

    public init(files: [InputFile] = []) {
        self.files = files
    }

    /// Reads the files at `paths` (as given on the command line).
    public init(paths: [String]) {
        self.files = paths.map(InputWalk.file)
    }
}

/// The funding files of `rrp compile --funding`.
public typealias FundingInputs = DataInputs
/// The indicator-result files of `rrp compile --progress`.
public typealias ProgressInputs = DataInputs

/// Resolves and reads a stage's data files: the plan file's `files:` list (paths inside the plan
/// folder, a path outside it reported by the stage's rule), then the command line's.
enum DataFiles {
    /// The files to read, in order, and the findings about names outside the plan folder.
    /// `what` starts the finding (`Funding file`).
    static func inputs(
        named names: [Located<String>], folder: String?, planPath: String, extra: DataInputs, outside rule: Rule, what: String
    ) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var files: [InputFile] = []
        for name in names {
            let path = folder.map { $0.hasSuffix("/") ? $0 + name.value : $0 + "/" + name.value } ?? name.value
            if name.value.hasPrefix("/") || folder.flatMap({ InputWalk.isInside(path, folder: $0) }) == false {
                diagnostics.append(rule.diagnostic(file: planPath, range: name.range, summary: "\(what) '\(name.value)' is outside the plan folder: not read"))
                continue
            }
            files.append(InputWalk.file(path))
        }
        return (files + extra.files, diagnostics)
    }

    /// Each readable file's records, parsed on every core, returned in order with the files
    /// read; the `io.*` findings of the files that could not be read are in `diagnostics`.
    static func read<Records: Sendable>(
        _ inputs: [InputFile], parse: @escaping @Sendable (SourceFile) -> Records
    ) -> (read: [(file: SourceFile, records: Records)], diagnostics: [Diagnostic]) {
        let parsed = ConcurrentMap.map(inputs) { input in input.file.map(parse) }
        var read: [(file: SourceFile, records: Records)] = []
        var diagnostics: [Diagnostic] = []
        for (input, records) in zip(inputs, parsed) {
            diagnostics += input.diagnostics
            guard let file = input.file, let records else { continue }
            read.append((file, records))
        }
        return (read, diagnostics)
    }

    /// Hands every record of the files read to `add`, in order; a file that is in none of the
    /// stage's shapes is reported with `unknownFormat` (`what` starts the finding) and nothing
    /// in it is counted.
    static func each<Records: Sequence>(
        _ read: [(file: SourceFile, records: Result<Records, DataFileError>)], unknownFormat: Rule, what: String, _ add: (Records.Element) -> Void
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (file, result) in read {
            switch result {
            case .failure(let error):
                diagnostics.append(unknownFormat.diagnostic(
                    file: file.path, range: SourceRange(at: file.location(atOffset: error.offset)),
                    summary: "\(what) \(error.message): nothing in it is counted"
                ))
            case .success(let records):
                for record in records { add(record) }
            }
        }
        return diagnostics
    }
}

/// Why a data file could not be read as a whole, and where.
struct DataFileError: Error, Sendable {
    var offset: Int
    var message: String
}

/// Why a funding file could not be read as a whole.
typealias FundingFileError = DataFileError
