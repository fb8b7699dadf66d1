import PlanModel

/// `progress:` in the plan file: `files:` (paths in the plan folder of indicator results), read
/// like `funding: files:`.
enum ProgressSchema {
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> ProgressSettings {
        guard let entries = reader.block(entry) else { return ProgressSettings() }
        var settings = ProgressSettings()
        for e in entries {
            switch e.key {
            case "files": settings.files = reader.uniqueList(e, expecting: "file paths in the plan folder", PlanSettingsSchema.text)
            default: reader.unknownKey(e, known: ChapterKeys.progress, in: "'progress'")
            }
        }
        return settings
    }
}
