@testable import PlanPreview
import Testing

/// The request heads the preview's server reads: where a head ends, its parts, the path as
/// routed, whether the connection stays open, and what is refused.
@Suite struct HTTPRequestHeadTests {
    static func head(_ text: String) -> HTTPRequestHead? {
        HTTPRequestHead(Array(text.utf8)[...])
    }

    @Test func findsTheEndOfAHead() {
        #expect(HTTPRequestHead.end(in: Array("GET / HTTP/1.1\r\nHost: a\r\n\r\nNEXT".utf8)) == 27)
        #expect(HTTPRequestHead.end(in: Array("GET / HTTP/1.1\nHost: a\n\n".utf8)) == 24)
        #expect(HTTPRequestHead.end(in: Array("GET / HTTP/1.1\r\nHost: a\r\n".utf8)) == nil)
        #expect(HTTPRequestHead.end(in: Array("GET / HTTP/1.1\r\n\r".utf8)) == nil)
        #expect(HTTPRequestHead.end(in: []) == nil)
    }

    @Test func readsTheRequestLineAndHeaders() throws {
        let head = try #require(Self.head("GET /country-NER.html?x=1#top HTTP/1.1\r\nHost:  127.0.0.1:8420 \r\nAccept: text/html\r\n\r\n"))
        #expect(head.method == "GET" && head.path == "/country-NER.html" && head.version == "HTTP/1.1")
        #expect(head["host"] == "127.0.0.1:8420" && head["ACCEPT"] == "text/html" && head["Cookie"] == nil)
    }

    @Test func resolvesDotSegments() {
        #expect(HTTPRequestHead.resolveDotSegments("/a/../regional.html") == "/regional.html")
        #expect(HTTPRequestHead.resolveDotSegments("/../../x.html") == "/x.html")
        #expect(HTTPRequestHead.resolveDotSegments("/./a/./b.html") == "/a/b.html")
        #expect(HTTPRequestHead.resolveDotSegments("/a/b/..") == "/a/")
        #expect(HTTPRequestHead.resolveDotSegments("/") == "/")
        #expect(HTTPRequestHead.resolveDotSegments("http://example/") == nil)
    }

    @Test func keepsTheConnectionAsHTTPSays() throws {
        #expect(try #require(Self.head("GET / HTTP/1.1\r\n\r\n")).keepsAlive)
        #expect(try !#require(Self.head("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).keepsAlive)
        #expect(try !#require(Self.head("GET / HTTP/1.0\r\n\r\n")).keepsAlive)
        #expect(try #require(Self.head("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")).keepsAlive)
    }

    @Test func refusesMalformedHeads() {
        for text in ["GET /\r\n\r\n", "GET / HTTP/2\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n", "GET * HTTP/1.1\r\n\r\n",
                     "GET / HTTP/1.1\r\nno colon\r\n\r\n", "GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", "\r\n\r\n"] {
            #expect(Self.head(text) == nil, "\(text.debugDescription)")
        }
    }
}
