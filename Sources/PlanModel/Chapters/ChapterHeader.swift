/// The typed front matter of one chapter file, by kind.
public enum ChapterHeader: Sendable, Hashable {
    case plan(PlanHeader)
    case country(CountryHeader)
    case sector(SectorHeader)
    case translation(TranslationHeader)
    case foreword(ForewordHeader)
}
