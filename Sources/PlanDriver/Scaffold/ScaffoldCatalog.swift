/// The files of a new plan repository, in the order `rrp init` lists them.
public enum ScaffoldCatalog {
    public static let templates: [ScaffoldTemplate] = [
        ManifestTemplate.template,
        ReadmeTemplate.template,
        RepositoryFilesTemplate.gitignore,
        WorkflowTemplate.template,
        EditorRecommendationTemplate.template,
        RepositoryFilesTemplate.targetAnchor,
        PlanFileTemplate.template,
        CountryChapterTemplate.template,
        SectorChapterTemplate.template,
    ]
}
