import FlyingSocks

/// Answers every request of the preview: `/events` with server-sent events, anything else with
/// ``PreviewRoutes``; only `GET` and `HEAD`, and only from this machine by default.
struct PreviewHandler: Sendable {
    let site: PreviewSite
    let loopback: LoopbackGuard

    func answer(_ request: HTTPRequestHead, from peer: Socket.Address?) async -> HTTPAnswer {
        guard loopback.allows(host: request["Host"], peer: peer) else {
            return .text(403, "rrp preview answers only this machine (start it with --host to share it)\n")
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            var answer = HTTPAnswer.text(405, "rrp preview only reads: use GET\n")
            answer.headers.append(("Allow", "GET, HEAD"))
            return answer
        }
        if request.path == LiveReload.eventsPath {
            let events = await site.listen()
            return HTTPAnswer(
                status: 200,
                headers: [("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-store"), ("X-Accel-Buffering", "no")],
                body: .stream(events)
            )
        }
        let answer = PreviewRoutes.response(path: request.path, content: await site.content)
        return HTTPAnswer(
            status: answer.status,
            headers: [("Content-Type", answer.contentType), ("Cache-Control", "no-store")],
            body: .bytes(answer.body, sendsBody: request.method != "HEAD")
        )
    }
}
