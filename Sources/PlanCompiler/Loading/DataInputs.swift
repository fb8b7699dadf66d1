import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Data files a compile reads beside the plan's chapters: funding records (`--funding`) and
/// indicator results (`--progress`). One model for both: the files named on the command line,
/// read by ``InputWalk`` like every other input, added to those the plan file lists under
/// `funding: files:` or `progress: files:` (see ``DataFiles``).
public struct DataInputs: Sendable {
    /// The files named on the command line, read by ``InputWalk`` (for files read ahead, once
    /// they are read).
    public var files: [InputFile] { ahead?.value.files ?? given }
    private let given: [InputFile]
    /// The files and their records, when read on a thread of their own.
    let ahead: OwnThread<DataFilesRead>?

    public init(files: [InputFile] = []) {
        given = files
        ahead = nil
    }

    /// Reads the files at `paths` (as given on the command line).
    public init(paths: [String]) {
        self.init(files: paths.map(InputWalk.file))
    }

    /// Starts reading the files at `paths` (as given on the command line) and parsing them into
    /// `stage`'s records on a thread of their own, while the plan loads: they need nothing from
    /// it, and on a machine with a core to spare their time is hidden. The stage waits for them.
    public init(readingAhead paths: [String], for stage: DataStage) {
        given = []
        ahead = paths.isEmpty ? nil : OwnThread {
            let files = paths.map(InputWalk.file)
            return DataFilesRead(files: files, records: files.map { $0.file.map(stage.records) })
        }
    }
}

/// The stages that read data files, each with its own records.
public enum DataStage: Sendable {
    /// Funding records (`--funding`).
    case funding
    /// Indicator results (`--progress`).
    case progress

    /// The records of `file`, as the stage's reader makes them.
    func records(_ file: SourceFile) -> any Sendable {
        switch self {
        case .funding: return FundingStage.records(file)
        case .progress: return ProgressCSVReader.records(file)
        }
    }
}

/// Data files read ahead: each file, and its records when it could be read.
struct DataFilesRead: Sendable {
    var files: [InputFile]
    var records: [(any Sendable)?]
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
    /// The files of `extra` come last in `inputs`; when they were read ahead, their records
    /// are those already parsed.
    static func read<Records: Sendable>(
        _ inputs: [InputFile], extra: DataInputs, parse: @escaping @Sendable (SourceFile) -> Records
    ) -> (read: [(file: SourceFile, records: Records)], diagnostics: [Diagnostic]) {
        let ahead = extra.ahead?.value
        var parsed = ConcurrentMap.map(Array(inputs.dropLast(ahead?.files.count ?? 0))) { input in input.file.map(parse) }
        if let ahead { parsed += ahead.records.map { $0 as? Records } }
        var read: [(file: SourceFile, records: Records)] = []
        var diagnostics: [Diagnostic] = []
        for (input, records) in zip(inputs, parsed) {
            diagnostics += input.diagnostics
            guard let file = input.file, let records else { continue }
            read.append((file, records))
        }
        return (read, diagnostics)
    }

    /// Hands the records of each file read to `add`, in order; a file that is in none of the
    /// stage's shapes is reported with `unknownFormat` (`what` starts the finding) and nothing
    /// in it is counted. A file's records are handed at once, for the tally to take them in
    /// order.
    static func each<Records: Sequence>(
        _ read: [(file: SourceFile, records: Result<Records, DataFileError>)], unknownFormat: Rule, what: String, _ add: (Records) -> Void
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (file, result) in read {
            switch result {
            case .failure(let error):
                diagnostics.append(unknownFormat.diagnostic(
                    file: file.path, range: SourceRange(at: file.location(atOffset: error.offset)),
                    summary: "\(what) \(error.message): nothing in it is counted"
                ))
            case .success(let records): add(records)
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
