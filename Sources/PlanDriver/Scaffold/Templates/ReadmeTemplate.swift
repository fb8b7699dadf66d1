/// `README.md` of a new plan repository: how the plan team works with it.
enum ReadmeTemplate {
    static let template = ScaffoldTemplate(path: "README.md", text: """
        # {{package-name}}

        A Refugee Response Plan kept with RRPKit. The chapters are in `plan/`: `plan/plan.md` is
        the plan file (countries, sectors, partners, headline figures) and the regional overview;
        each country has a folder with its country chapter and one chapter per sector.

        | to | run |
        | --- | --- |
        | check every chapter | `swift build` |
        | check the language and everything else | `swift package lint-plan` |
        | make the documents (in `out/`) | `swift package --allow-writing-to-package-directory compile-plan --out out` |
        | tidy the front matter | `swift package --allow-writing-to-package-directory format-plan` |

        Propose a change on a branch and open a pull request: the workflow in
        `.github/workflows/plan.yml` annotates the lines you changed, and compiles the documents
        once the change is on `main` (the artifact "plan-documents" of the workflow run).

        """)
}
