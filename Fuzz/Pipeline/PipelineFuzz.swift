// libFuzzer target for the whole pipeline. Built by Scripts/fuzz-pipeline.sh, not by SwiftPM.
// The input is a plan folder in the rule-example format (`==> path <==` before each file; see
// RuleExample): it is loaded, compiled, checked, linted and rendered in memory
// (InMemoryPipeline). A crash, a trap, a hang or a broken invariant is a finding.
import Foundation
import PlanDiagnostics
import PlanDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func pipelineFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let example = RuleExample(text)
    var files: [(path: String, bytes: [UInt8])] = []
    for file in example.files {
        guard case .text(let body) = file.kind, !file.path.isEmpty else { continue }
        files.append((file.path, RuleExample.bytes(of: body)))
    }
    let run = InMemoryPipeline.run(files)
    let violations = InMemoryPipeline.violations(of: run)
    if !violations.isEmpty {
        // Printed before the trap: an optimised build drops a precondition's message.
        FileHandle.standardError.write(Data(("pipeline invariant broken:\n" + violations.joined(separator: "\n") + "\n").utf8))
        fatalError("pipeline invariant broken")
    }
    return 0
}
