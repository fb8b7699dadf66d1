/// Failures of the renderers that are not the plan author's mistakes: templates, labels and
/// files on disk.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingDefaults(String)
    case templateFolderMissing(String)
    case unreadable(String)
    case invalidTemplate(path: String, reason: String)
    case invalidLabels(path: String, reason: String)
    case missingTemplate(String)
    case unknownCountry(String)
    case write(path: String, reason: String)
    /// Another compile holds the output folder's lock (``OutputLock``).
    case locked(folder: String, lockFile: String)
    /// `--reference-doc` names a file that is not a usable Word document.
    case referenceDocument(path: String, reason: String)
    /// A Word document's ZIP container could not be made.
    case documentArchive(String)
    /// `--format pdf` and no PDF engine (``PDFEngine/locate(_:environment:)``): what was looked
    /// for and what to install.
    case pdfEngineMissing(String)
    /// The PDF engine failed on one document: its exit and what it said.
    case pdfEngineFailed(document: String, reason: String)

    /// A one-line message for the command line.
    public var description: String {
        switch self {
        case .missingDefaults(let p): "the default templates are missing at \(p)"
        case .templateFolderMissing(let p): "the templates folder \(p) does not exist"
        case .unreadable(let p): "cannot read \(p)"
        case .invalidTemplate(let p, let r): "the template \(p) does not parse: \(r)"
        case .invalidLabels(let p, let r): "the labels file \(p) is not valid: \(r)"
        case .missingTemplate(let n): "no template named \(n)"
        case .unknownCountry(let c): "the plan has no country \(c)"
        case .write(let p, let r): "cannot write \(p): \(r)"
        case .locked(let f, let l): "another rrp compile is writing into \(f) (it holds \(l))"
        case .referenceDocument(let p, let r): "the reference document \(p) cannot be used: \(r)"
        case .documentArchive(let r): "cannot make the Word document: \(r)"
        case .pdfEngineMissing(let r): "--format pdf needs WeasyPrint: \(r)"
        case .pdfEngineFailed(let d, let r): "the PDF engine failed on \(d): \(r)"
        }
    }
}
