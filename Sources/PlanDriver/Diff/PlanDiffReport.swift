import PlanCompiler
import PlanModel

/// `rrp diff`'s output formats: plain text for a terminal, Markdown to paste into a pull
/// request (or `$GITHUB_STEP_SUMMARY`), and versioned JSON (`rrpkit-diff`, docs/diff.md).
public enum PlanDiffReport {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    /// Incremented on any change that removes or changes the meaning of a JSON key.
    public static let jsonVersion = 1

    /// The report of `diff` between versions named `old` and `new`.
    public static func render(_ diff: PlanDiff, format: Format, old: String, new: String) -> String {
        switch format {
        case .text: text(diff, old: old, new: new)
        case .markdown: markdown(diff, old: old, new: new)
        case .json: json(diff, old: old, new: new)
        }
    }

    static func usd(_ value: Int64?) -> String { value.map { "USD " + PlanModel.Money.grouped($0) } ?? "–" }

    static func signed(_ value: Int64) -> String { (value > 0 ? "+" : value < 0 ? "-" : "±") + PlanModel.Money.grouped(value.magnitude > UInt64(Int64.max) ? Int64.max : Int64(value.magnitude)) }

    static func people(_ value: Int?) -> String { value.map { PlanModel.Money.grouped(Int64($0)) } ?? "–" }

    /// The money sections: title and changes.
    static func moneySections(_ diff: PlanDiff) -> [(String, [PlanDiff.Money])] {
        [("By country", diff.byPlace), ("By sector", diff.bySector), ("By partner", diff.byPartner)]
    }

    static func text(_ diff: PlanDiff, old: String, new: String) -> String {
        var out = "Changes from \(old) to \(new)\n"
        if diff.isEmpty { return out + "No change in requirements, planning figures, indicators or chapters.\n" }
        out += "Requirements: \(usd(diff.total.old)) -> \(usd(diff.total.new)) (\(signed(diff.total.difference)))\n"
        for (title, changes) in moneySections(diff) where !changes.isEmpty {
            out += "\n\(title):\n"
            for c in changes { out += "  \(c.change.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(c.name) (\(c.key)): \(usd(c.old)) -> \(usd(c.new)) (\(signed(c.difference)))\n" }
        }
        if !diff.figures.isEmpty {
            out += "\nPlanning figures:\n"
            for f in diff.figures { out += "  \(f.change.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(f.place) \(f.group) \(f.figure): \(people(f.old)) -> \(people(f.new)) (\(signed(Int64(f.difference))))\n" }
        }
        if !diff.indicators.isEmpty {
            out += "\nIndicators:\n"
            for i in diff.indicators { out += "  \(i.change.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(i.place) \(i.sector) \(i.indicator) \(i.field): \(i.old ?? "–") -> \(i.new ?? "–")\n" }
        }
        if !diff.chapters.isEmpty {
            out += "\nChapters:\n"
            for c in diff.chapters {
                let sections = c.sections.map { $0.isEmpty ? "(text before the first heading)" : $0 }.joined(separator: "; ")
                out += "  \(c.change.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(c.file)\(sections.isEmpty ? "" : ": " + sections)\n"
            }
        }
        return out
    }

    /// A Markdown table cell: `|` and line breaks escaped.
    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    static func markdown(_ diff: PlanDiff, old: String, new: String) -> String {
        var out = "## Plan changes: `\(cell(old))` → `\(cell(new))`\n\n"
        if diff.isEmpty { return out + "No change in requirements, planning figures, indicators or chapters.\n" }
        out += "**Requirements:** \(usd(diff.total.old)) → \(usd(diff.total.new)) (\(signed(diff.total.difference)))\n"
        for (title, changes) in moneySections(diff) where !changes.isEmpty {
            out += "\n### \(title)\n\n| | | Before (USD) | After (USD) | Difference |\n| --- | --- | ---: | ---: | ---: |\n"
            for c in changes {
                out += "| \(c.change.rawValue) | \(cell(c.name)) (`\(cell(c.key))`) | \(people64(c.old)) | \(people64(c.new)) | \(signed(c.difference)) |\n"
            }
        }
        if !diff.figures.isEmpty {
            out += "\n### Planning figures\n\n| | Place | Group | Figure | Before | After | Difference |\n| --- | --- | --- | --- | ---: | ---: | ---: |\n"
            for f in diff.figures { out += "| \(f.change.rawValue) | \(f.place) | \(f.group) | \(f.figure) | \(people(f.old)) | \(people(f.new)) | \(signed(Int64(f.difference))) |\n" }
        }
        if !diff.indicators.isEmpty {
            out += "\n### Indicators\n\n| | Place | Sector | Indicator | Field | Before | After |\n| --- | --- | --- | --- | --- | --- | --- |\n"
            for i in diff.indicators { out += "| \(i.change.rawValue) | \(i.place) | \(i.sector) | \(cell(i.indicator)) | \(i.field) | \(cell(i.old ?? "–")) | \(cell(i.new ?? "–")) |\n" }
        }
        if !diff.chapters.isEmpty {
            out += "\n### Chapters\n\n| | File | Sections whose text changed |\n| --- | --- | --- |\n"
            for c in diff.chapters {
                out += "| \(c.change.rawValue) | `\(cell(c.file))` | \(cell(c.sections.map { $0.isEmpty ? "(before the first heading)" : $0 }.joined(separator: "; "))) |\n"
            }
        }
        return out
    }

    static func people64(_ value: Int64?) -> String { value.map { PlanModel.Money.grouped($0) } ?? "–" }

    static func json(_ diff: PlanDiff, old: String, new: String) -> String {
        var w = JSONWriter(capacity: 1 << 16)
        func money(_ w: inout JSONWriter, _ m: PlanDiff.Money) {
            w.beginObject()
            w.field("change", m.change.rawValue)
            w.field("difference", m.difference)
            w.field("key", m.key)
            w.field("name", m.name)
            w.field("new", m.new)
            w.field("old", m.old)
            w.endObject()
        }
        w.beginObject()
        w.array("byPartner", diff.byPartner, money)
        w.array("byPlace", diff.byPlace, money)
        w.array("bySector", diff.bySector, money)
        w.array("chapters", diff.chapters) { w, c in
            w.beginObject()
            w.field("change", c.change.rawValue)
            w.field("file", c.file)
            w.field("sections", strings: c.sections)
            w.endObject()
        }
        w.array("figures", diff.figures) { w, f in
            w.beginObject()
            w.field("change", f.change.rawValue)
            w.field("difference", f.difference)
            w.field("figure", f.figure)
            w.field("group", f.group)
            w.field("new", f.new)
            w.field("old", f.old)
            w.field("place", f.place)
            w.endObject()
        }
        w.array("indicators", diff.indicators) { w, i in
            w.beginObject()
            w.field("change", i.change.rawValue)
            w.field("field", i.field)
            w.field("indicator", i.indicator)
            w.field("new", i.new)
            w.field("old", i.old)
            w.field("place", i.place)
            w.field("sector", i.sector)
            w.endObject()
        }
        w.field("new", new)
        w.field("old", old)
        w.field("schema", "rrpkit-diff")
        w.object("total", diff.total, money)
        w.field("version", jsonVersion)
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }
}
