import PlanLanguageServer
import Testing

/// `Content-Length` framing: whole, split and malformed frames.
@Suite struct MessageFramerTests {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func framesSplitAcrossReadsComeOutWhole() {
        var framer = MessageFramer()
        let framed = MessageFramer.frame(bytes("{\"a\":\"é\"}"))
        #expect(framer.feed(Array(framed[..<10])).isEmpty)
        #expect(framer.feed(Array(framed[10...])) == [.message(bytes("{\"a\":\"é\"}"))])
    }

    @Test func twoFramesInOneReadAndAContentTypeHeader() {
        var framer = MessageFramer()
        let input = bytes("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}") + MessageFramer.frame(bytes("[]"))
        #expect(framer.feed(input) == [.message(bytes("{}")), .message(bytes("[]"))])
    }

    @Test func aHeaderWithoutLengthIsReportedAndTheNextFrameStillRead() {
        var framer = MessageFramer()
        let frames = framer.feed(bytes("Content-Type: x\r\n\r\n") + bytes("Content-Length: abc\r\n\r\n") + bytes("garbage\r\n\r\n") + MessageFramer.frame(bytes("{}")))
        #expect(frames.count == 4)
        guard frames.count == 4 else { return }
        #expect(frames[0] == .malformed("header block has no Content-Length"))
        #expect(frames[1] == .malformed("Content-Length is not a byte count: 'abc'"))
        #expect(frames[2] == .malformed("header line without a colon: 'garbage'"))
        #expect(frames[3] == .message(bytes("{}")))
    }

    @Test func aHugeLengthIsRefusedAndItsBytesSkipped() {
        var framer = MessageFramer()
        let frames = framer.feed(bytes("Content-Length: 999999999999\r\n\r\n"))
        #expect(frames.count == 1)
        if case .malformed(let reason) = frames.first { #expect(reason.contains("is more than")) } else { Issue.record("not refused") }
    }
}
