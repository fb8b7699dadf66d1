import Foundation
import PlanLanguageServer
import Testing

/// The server fed raw bytes: lifecycle, unknown methods, and malformed input answered with errors.
@Suite struct LanguageServerTests {
    static func frame(_ json: String) -> [UInt8] { MessageFramer.frame(Array(json.utf8)) }

    /// The JSON objects of the framed output.
    static func messages(_ output: [UInt8]) -> [[String: Any]] {
        var framer = MessageFramer()
        return framer.feed(output).compactMap { frame in
            guard case .message(let body) = frame else { return nil }
            return try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        }
    }

    private func errorCode(_ message: [String: Any]) -> Int? { (message["error"] as? [String: Any])?["code"] as? Int }

    @Test func requestsBeforeInitializeAreRefusedThenAnswered() {
        let server = LanguageServer()
        let early = Self.messages(server.receive(Self.frame(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#)))
        #expect(early.count == 1 && errorCode(early[0]) == -32002)
        let reply = Self.messages(server.receive(Self.frame(#"{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"rootUri":null,"capabilities":{}}}"#)))
        let capabilities = (reply.first?["result"] as? [String: Any])?["capabilities"] as? [String: Any]
        #expect(capabilities?["hoverProvider"] as? Bool == true)
        let unknown = Self.messages(server.receive(Self.frame(#"{"jsonrpc":"2.0","id":3,"method":"workspace/symbol","params":{}}"#)))
        #expect(unknown.count == 1 && errorCode(unknown[0]) == -32601 && unknown[0]["id"] as? Int == 3)
    }

    @Test func malformedHeadersInvalidUTF8AndBadJSONGetErrorsAndTheServerGoesOn() {
        let server = LanguageServer()
        var input = Array("Content-Lenght: 5\r\n\r\n".utf8)
        input += MessageFramer.frame([0x7B, 0xC3, 0x28, 0x7D])
        input += Self.frame("{not json")
        input += Self.frame(#"{"jsonrpc":"2.0","id":9,"method":"initialize","params":{}}"#)
        let replies = Self.messages(server.receive(input))
        #expect(replies.count == 4)
        #expect(replies.prefix(3).allSatisfy { errorCode($0) == -32700 && $0["id"] is NSNull })
        #expect(replies.last?["id"] as? Int == 9 && replies.last?["result"] != nil)
    }

    @Test func shutdownThenExitEndsWithStatusZeroAndExitAloneWithOne() {
        let server = LanguageServer()
        _ = server.receive(Self.frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#))
        let reply = Self.messages(server.receive(Self.frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)))
        #expect(reply.first?["result"] is NSNull)
        let after = Self.messages(server.receive(Self.frame(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{}}"#)))
        #expect(after.first.flatMap(errorCode) == -32000)
        _ = server.receive(Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#))
        #expect(server.exitStatus == 0)
        let abrupt = LanguageServer()
        _ = abrupt.receive(Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#))
        #expect(abrupt.exitStatus == 1)
    }
}

/// Diagnostics published by the server over the sample plan.
@Suite struct LanguageServerPublishingTests {
    static let chapter = PlanWorkspaceTests.folder + "/" + PlanWorkspaceTests.chapter
    static let uri = URL(fileURLWithPath: chapter).absoluteString

    private func change(_ text: String, version: Int) -> [UInt8] {
        let params: [String: Any] = ["textDocument": ["uri": Self.uri, "version": version], "contentChanges": [["text": text]]]
        let body = try! JSONSerialization.data(withJSONObject: ["jsonrpc": "2.0", "method": "textDocument/didChange", "params": params])
        return MessageFramer.frame(Array(body))
    }

    /// The codes of the diagnostics published for the chapter, one list per notification.
    private func published(_ output: [UInt8]) -> [[String]] {
        LanguageServerTests.messages(output).compactMap { message in
            guard message["method"] as? String == "textDocument/publishDiagnostics", let params = message["params"] as? [String: Any],
                  params["uri"] as? String == Self.uri, let diagnostics = params["diagnostics"] as? [[String: Any]] else { return nil }
            return diagnostics.compactMap { $0["code"] as? String }
        }
    }

    @Test func aBurstOfEditsIsCheckedOnceAndAnEditAloneAtOnce() throws {
        let server = LanguageServer()
        _ = server.receive(LanguageServerTests.frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#))
        let text = PlanWorkspaceTests.text
        let open = try JSONSerialization.data(withJSONObject: [
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": Self.uri, "languageId": "markdown", "version": 1, "text": text]],
        ])
        let opened = published(server.receive(MessageFramer.frame(Array(open))))
        #expect(opened.count == 1 && !(opened.first ?? []).contains("partner.undeclared"))
        let broken = text.replacingOccurrences(of: "  UNICEF:", with: "  UNICEFF:")
        let alone = published(server.receive(change(broken, version: 2)))
        #expect(alone.count == 1 && (alone.first ?? []).contains("partner.undeclared"))
        let burst = published(server.receive(change(text, version: 3) + change(broken, version: 4) + change(text, version: 5)))
        #expect(burst.count == 1 && !(burst.first ?? []).contains("partner.undeclared"))
    }
}
