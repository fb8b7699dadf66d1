import PlanLanguageServer
import Testing

/// Decoding a frame's body into a typed message, and the errors of bad bodies.
@Suite struct IncomingMessageTests {
    private func error(_ body: [UInt8]) -> ResponseError? {
        if case .failure(let failed) = IncomingMessage.decode(body) { return failed.error }
        return nil
    }

    @Test func invalidUTF8AndInvalidJSONAreParseErrors() {
        #expect(error([0x7B, 0xFF, 0x7D])?.code == -32700)
        #expect(error(Array("{\"jsonrpc\": \"2.0\",".utf8))?.code == -32700)
    }

    @Test func jsonThatIsNotAMessageIsAnInvalidRequest() throws {
        #expect(error(Array("[1, 2]".utf8))?.code == -32600)
        guard case .failure(let failed) = IncomingMessage.decode(Array("{\"id\": 7, \"method\": \"initialize\"}".utf8)) else {
            Issue.record("a message without jsonrpc 2.0 was accepted")
            return
        }
        #expect(failed.error.code == -32600)
        #expect(failed.id == .number(7))
    }

    @Test func typedParamsDecodeAndMismatchesAreInvalidParams() throws {
        let body = Array(#"{"jsonrpc":"2.0","id":"a","method":"textDocument/hover","params":{"textDocument":{"uri":"file:///p/x.md"},"position":{"line":3,"character":5}}}"#.utf8)
        let message = try IncomingMessage.decode(body).get()
        #expect(message.id == .string("a"))
        #expect(message.method == "textDocument/hover")
        let params = try message.params(TextDocumentPositionParams.self)
        #expect(params.position == Position(line: 3, character: 5))
        #expect(throws: ResponseError.self) { try message.params(DidOpenTextDocumentParams.self) }
    }
}
