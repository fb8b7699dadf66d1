import Foundation
import Testing
@testable import PlanLint

/// The agency-voice model (`language.agency-voice`, docs/lint.md "The agency-voice model"): the
/// Swift reading of the model file agrees with the script that trained it, and the rule asks
/// the model only where the rules have no reading. The sentences here are written with
/// `findings`, not `flagged`, so that `Scripts/train-voice-model.py` does not train on them.
struct VoiceModelTests: SentenceReading {
    /// Every 25th real-prose sentence with the probability the training script computed for it.
    @Test func probabilitiesAgreeWithTheTrainingScript() throws {
        let parity = try String(contentsOf: LintHarness.packageRoot.appendingPathComponent("Tests/PlanLintTests/Data/voice-model-parity.tsv"), encoding: .utf8)
        let rows = Dictionary(uniqueKeysWithValues: try LabelledSentence.load(RealProseTests.url).map { ($0.id, $0) })
        var compared = 0
        for line in parity.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            let id = String(fields[0])
            let expected = try #require(Double(fields[1]))
            let row = try #require(rows[id], "\(id) is not in real-prose.jsonl")
            let p = VoiceModel.shipped.probability(row.text, language: row.lang, section: row.section_hint)
            #expect(abs(p - expected) < 1e-6, "\(id): Swift \(p), script \(expected)")
            compared += 1
        }
        #expect(compared > 200)
    }

    @Test func wordsAreReadAsTheScriptReadsThem() {
        #expect(VoiceFeatures.words("L’OIM a distribué 4 000 kits.") == ["l", "oim", "a", "distribué", "#", "#", "kits"])
        #expect(VoiceFeatures.words("难民署(UNHCR)提供了2,000顶帐篷") == ["难", "民", "署", "unhcr", "提", "供", "了", "#", "#", "顶", "帐", "篷"])
        #expect(VoiceFeatures.words("COVID-19 et 3e trimestre") == ["covid", "#", "et", "3e", "trimestre"])
        // A decomposed accent stays inside its word.
        #expect(VoiceFeatures.words("re\u{301}fugie\u{301}s") == ["re\u{301}fugie\u{301}s"])
        let hashes = ["l:en", "s:strategy", "u:wfp", "u:will", "b:wfp will"].map { VoiceFeatures.FNV.hash(Array($0.utf8)) }
        #expect(VoiceFeatures.hashes("WFP will", language: "en", section: "strategy") == hashes)
        let french = ["l:fr", "s:budget", "u:plus", "u:de", "u:#", "u:#", "b:plus de", "b:de #", "b:# #"].map { VoiceFeatures.FNV.hash(Array($0.utf8)) }
        #expect(VoiceFeatures.hashes("Plus de 4 000", language: "fr", section: "budget") == french)
    }

    @Test func aBrokenModelFileIsAnErrorNotACrash() {
        for text in ["", "version\t1\nbias\t0\nthreshold\t0.7\n", "version\t1\nbias\tx\nthreshold\t0.7\nu:a\t1\n", "u:a\tnan\n", "no tab here\n"] {
            guard case .failure = VoiceModel.parse(Array(text.utf8)) else {
                Issue.record("parsed: \(text.debugDescription)")
                continue
            }
        }
        guard case .success(let model) = VoiceModel.parse(Array("# comment\nversion\t1\nbias\t-1\nthreshold\t0.7\nu:wfp\t2.5\nb:wfp will\t1e-06\n".utf8)) else {
            Issue.record("a valid model was rejected")
            return
        }
        #expect(model.weights.count == 2 && model.bias == -1 && model.threshold == 0.7)
        // Only known features count: `u:wfp` and `b:wfp will` (each once), scaled to unit length.
        let z = -1 + (2.5 + 1e-06) / 2.0.squareRoot()
        #expect(abs(model.probability("WFP will", language: "en", section: "strategy") - 1 / (1 + exp(-z))) < 1e-12)
    }

    /// Sentences no other rule reads; the model reports them. (It is a model: near variants of
    /// these may fall under its threshold; docs/lint.md has its measured precision and recall.)
    @Test func reportsWhatNoRuleReads() {
        #expect(findings("WFP was quick to scale up its operation after the floods in Maban.", "en") == ["language.agency-voice"])
        #expect(findings("L'OIM était parmi les premiers sur place à l'arrivée des migrants à Lampedusa.", "fr") == ["language.agency-voice"])
        #expect(findings("ACNUR está en primera línea junto a las comunidades de acogida.", "es") == ["language.agency-voice"])
        #expect(findings("对世界粮食计划署来说,雨季是一年中最困难的时期。", "zh") == ["language.agency-voice"])
    }

    /// The model is asked only about one agency standing alone with a predicate, outside a
    /// foreword; it never adds a second finding to a sentence a rule reads.
    @Test func asksOnlyWhereTheRulesHaveNoReading() {
        #expect(findings("WFP was quick to scale up its operation after the floods in Maban.", "en", section: "Foreword").isEmpty)
        #expect(findings("WFP and the Government were quick to scale up after the floods in Maban.", "en").isEmpty)
        #expect(findings("WFP – World Food Programme", "en").isEmpty)
        #expect(findings("According to WFP, prices doubled after the floods in Maban.", "en", section: "Situation analysis").isEmpty)
        #expect(findings("WFP will distribute food after the floods in Maban.", "en") == ["language.agency-as-actor"])
        // A plan's partner the model never saw is an agency like any other.
        #expect(findings("Uruguay and Bolivia welcomed 300 families in 2024.", "en").isEmpty)
    }

    /// With a model that always answers yes, the sentences where the model is asked at all: one
    /// agency standing alone, read by no rule.
    @Test func theGateAsksAboutOneAgencyTheRulesCouldNotRead() throws {
        guard case .success(let yes) = VoiceModel.parse(Array("version\t1\nbias\t50\nthreshold\t0.7\nu:x\t0\n".utf8)) else {
            Issue.record("the always-yes model was rejected")
            return
        }
        let linter = AgencyNeutralLinter(voiceModel: yes)
        func asked(_ text: String, _ language: String, section: String = "Response strategy") -> Bool {
            LintHarness.lint("## \(section)\n\n\(text)\n", language: language, linter: linter).contains { $0.id.rawValue == "language.agency-voice" }
        }
        #expect(asked("UNHCR is present in Tumbes.", "en"))
        #expect(asked("L'OIM est présente à Tumbes.", "fr"))
        #expect(asked("难民署一直在通贝斯。", "zh"))
        // Joint, several agencies, a source, a possessive the rules give to someone else, a
        // spokesperson, a list of names, a foreword, a sentence a rule reads.
        #expect(!asked("UNHCR and the Government are present in Tumbes.", "en"))
        #expect(!asked("UNHCR and IOM are present in Tumbes.", "en"))
        #expect(!asked("The survey conducted by UNHCR in Tumbes shows that half of the families rent.", "en"))
        #expect(!asked("UNHCR will open an office in Tumbes. The municipality opened a shelter. Its staff hand out blankets.", "en"))
        #expect(!asked("UNHCR spokesperson Ana Ríos was in Tumbes.", "en"))
        #expect(!asked("难民署发言人在通贝斯说明了情况。", "zh"))
        #expect(!asked("UNHCR – United Nations High Commissioner for Refugees", "en"))
        #expect(!asked("UNHCR is present in Tumbes.", "en", section: "Foreword"))
        #expect(!asked("UNHCR will open an office in Tumbes.", "en"))
    }

    @Test func theFindingSaysHowToRewrite() throws {
        let diagnostics = LintHarness.lint("## Response strategy\n\nWFP was quick to scale up its operation after the floods in Maban.\n", language: "en")
        let finding = try #require(diagnostics.first { $0.id.rawValue == "language.agency-voice" })
        #expect(finding.summary.contains("'WFP' makes the sentence read as one agency's own account"))
        #expect(finding.notes.contains { $0.message.hasPrefix("rewrite: ") && $0.message.contains("RRP partners") })
        #expect(finding.range?.start.line == 3 && finding.range?.start.column == 1)
    }
}
