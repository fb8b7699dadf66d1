import PlanModel

/// The date a plan's PDF edition carries, from the plan alone so that the same plan gives the
/// same bytes: the revision's `date:` when the plan file gives one, else the first day of the
/// plan's period. WeasyPrint's font subsetter (fontTools) stamps each embedded font with the
/// time in `SOURCE_DATE_EPOCH`, or with the current time when it is not set.
enum PDFDocumentDate {
    /// Seconds from 1970-01-01 to midnight UTC of the plan's date.
    static func sourceDateEpoch(_ plan: Plan) -> Int {
        let day = plan.revision?.date?.firstDay ?? plan.period.start.firstDay
        return daysSince1970(year: day.year, month: day.month, day: day.day) * 86_400
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
