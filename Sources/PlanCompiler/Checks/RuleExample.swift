import Foundation

/// The format of rule examples: small plan folders written as one string.
///
/// Each file starts with a line `==> path <==` followed by the file's text. The line
/// `==> plan.md <== default` stands for ``defaultPlan``, so that most examples show only the
/// chapter they are about. Tests compile every example and check that a triggering example
/// produces the rule's diagnostic in one of its own files and a non-triggering one does not.
public enum RuleExample {
    /// The folder name examples are compiled as (folder-level diagnostics name it).
    public static let folder = "example"

    /// The plan file used by examples that write `==> plan.md <== default`.
    public static let defaultPlan = """
    ---
    plan: Illustrative Example Regional Refugee Response Plan
    type: regional
    period: 2026-01-01 to 2026-12-31
    version: launch
    language: en
    countries: TCD, CMR
    sectors:
      protection:
        name: Protection
        subsectors: gbv, child-protection
        outcome-areas: OA1, OA4, OA5
      education:
        name: Education
        outcome-areas: OA11
    partners:
      UNHCR:
        name: United Nations High Commissioner for Refugees
        type: un
      NRC:
        name: Norwegian Refugee Council
        type: ingo
      ALN:
        name: Association Locale Nour
        type: nngo
        implementing-for: NRC
      MSP:
        name: Ministère de la Santé Publique
        type: government
    ---
    # Regional overview

    """

    /// `example` preceded by the default plan file marker.
    public static func withDefaultPlan(_ example: String) -> String {
        "==> plan.md <== default\n" + example
    }

    /// The files of an example, in order, with the default plan expanded.
    public static func files(_ example: String) -> [(path: String, text: String)] {
        var out: [(path: String, text: String)] = []
        for line in example.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("==> "), let end = line.range(of: " <==") {
                let path = String(line[line.index(line.startIndex, offsetBy: 4)..<end.lowerBound])
                let rest = line[end.upperBound...].trimmingCharacters(in: .whitespaces)
                out.append((path, rest == "default" ? defaultPlan : ""))
            } else if !out.isEmpty, !(out[out.count - 1].text == defaultPlan) {
                out[out.count - 1].text += line + "\n"
            }
        }
        return out
    }

    /// Paths the example writes itself (the default plan excluded), and the folder.
    public static func ownPaths(_ example: String) -> Set<String> {
        Set([folder]).union(example.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("==> "), let end = line.range(of: " <==") else { return nil }
            let rest = line[end.upperBound...].trimmingCharacters(in: .whitespaces)
            return rest == "default" ? nil : String(line[line.index(line.startIndex, offsetBy: 4)..<end.lowerBound])
        })
    }
}
