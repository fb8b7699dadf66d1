import PlanDiagnostics
import PlanModel
import PlanSyntax

/// The files of a plan folder sorted by what their front matter says they are.
public struct PlanSources: Sendable {
    /// The plan file (`plan:`), if exactly one was found (the first one otherwise).
    public var plan: PlanFile?
    /// Country, sub-region and regional chapters (`chapter: country`), in path order.
    public var countryChapters: [CountryChapter]
    /// Sector and sub-sector chapters (`chapter: sector`), in path order.
    public var sectorChapters: [SectorChapter]
    /// Translated chapters (`chapter: translation`), in path order.
    public var translations: [TranslationChapter] = []
    /// The plan's foreword (`chapter: foreword`): one is taken, a second is an error.
    public var forewords: [ForewordChapter] = []
    /// Every file read, chapters or not, in path order.
    public var files: [ChapterSource]

    public init(plan: PlanFile? = nil, countryChapters: [CountryChapter] = [], sectorChapters: [SectorChapter] = [], files: [ChapterSource] = []) {
        self.plan = plan
        self.countryChapters = countryChapters
        self.sectorChapters = sectorChapters
        self.files = files
    }
}

/// The plan file and its header.
public struct PlanFile: Sendable {
    /// The file.
    public var source: ChapterSource
    /// Its parsed front matter.
    public var header: PlanHeader

    public init(source: ChapterSource, header: PlanHeader) {
        self.source = source
        self.header = header
    }
}

/// A country chapter and its header.
public struct CountryChapter: Sendable {
    /// The file.
    public var source: ChapterSource
    /// Its parsed front matter.
    public var header: CountryHeader

    public init(source: ChapterSource, header: CountryHeader) {
        self.source = source
        self.header = header
    }
}

/// A sector chapter and its header.
public struct SectorChapter: Sendable {
    /// The file.
    public var source: ChapterSource
    /// Its parsed front matter.
    public var header: SectorHeader

    public init(source: ChapterSource, header: SectorHeader) {
        self.source = source
        self.header = header
    }
}

/// A translated chapter and its header.
public struct TranslationChapter: Sendable {
    /// The file.
    public var source: ChapterSource
    /// Its parsed front matter.
    public var header: TranslationHeader

    public init(source: ChapterSource, header: TranslationHeader) {
        self.source = source
        self.header = header
    }
}

/// The plan's foreword and its header.
public struct ForewordChapter: Sendable {
    /// The file.
    public var source: ChapterSource
    /// Its parsed front matter.
    public var header: ForewordHeader

    public init(source: ChapterSource, header: ForewordHeader) {
        self.source = source
        self.header = header
    }
}
