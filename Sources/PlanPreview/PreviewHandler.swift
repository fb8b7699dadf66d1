import Foundation
import FlyingFox

/// Answers every request of the preview: `/events` with server-sent events, anything else with
/// ``PreviewRoutes``; only `GET` and `HEAD`, and only from this machine by default.
struct PreviewHandler: HTTPHandler {
    let site: PreviewSite
    let loopback: LoopbackGuard

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard loopback.allows(host: request.headers[.host], peer: request.remoteAddress) else {
            return Self.text(403, "rrp preview answers only this machine (start it with --host to share it)\n")
        }
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.text(405, "rrp preview only reads: use GET\n")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        if request.path == LiveReload.eventsPath {
            let events = await site.listen()
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store", HTTPHeader("X-Accel-Buffering"): "no"],
                body: HTTPBodySequence(from: EventStreamBody(events: events))
            )
        }
        let answer = PreviewRoutes.response(path: request.path, content: await site.content)
        let body = request.method == .HEAD ? Data() : Data(answer.body)
        var response = HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: [.contentType: answer.contentType, .cacheControl: "no-store"], body: body)
        if request.method == .HEAD { response.headers[.contentLength] = String(answer.body.count) }
        return response
    }

    static func text(_ status: Int, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: HTTPStatusCode(status, phrase: phrase(status)), headers: [.contentType: "text/plain; charset=utf-8"], body: Data(message.utf8))
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Error"
        }
    }
}
