/// `.github/workflows/plan.yml`: pull requests get annotations on their changed lines; the
/// main branch gets the compiled documents as an artifact.
enum WorkflowTemplate {
    static let template = ScaffoldTemplate(path: ".github/workflows/plan.yml", text: #"""
        # Checks the plan on every pull request, with annotations on the changed lines only, and
        # compiles the documents on the main branch (download them as the artifact "plan-documents").
        # CI cannot see a local checkout: point Package.swift at an RRPKit release URL first.
        name: plan

        on:
          pull_request:
          push:
            branches: [main]

        jobs:
          plan:
            runs-on: ubuntu-latest
            container: swift:6.3
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0 # --changed-since compares with the base branch: fetch its history
              - name: Install cmark (RRPKit reads Markdown with it)
                run: apt-get update -qq && apt-get install -y -qq libcmark-dev pkg-config git
              - name: Let git read the checkout (its owner is not the container's user)
                run: git config --global --add safe.directory "$GITHUB_WORKSPACE"
              - name: Lint the lines this pull request changes
                if: github.event_name == 'pull_request'
                run: swift package lint-plan --format github --changed-since origin/${{ github.base_ref }}
              - name: Check every chapter
                if: ${{ !cancelled() }}
                run: swift build
              - name: Compile the documents
                if: github.event_name == 'push'
                run: swift package --allow-writing-to-package-directory compile-plan --out out
              - name: Keep the documents
                if: github.event_name == 'push'
                uses: actions/upload-artifact@v4
                with:
                  name: plan-documents
                  path: out/

        """#)
}
