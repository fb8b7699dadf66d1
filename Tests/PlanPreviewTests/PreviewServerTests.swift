import Foundation
import PlanPreview
import Testing

/// The server on a real socket: loopback only, pages by name, events on change, a port in use.
@Suite(.serialized) struct PreviewServerTests {
    /// A copy of the sample plan, built, served on a loopback port the system chose; the caller
    /// removes the copy and stops the server.
    static func serving() async throws -> (plan: SamplePlan, site: PreviewSite, started: PreviewListener.Started) {
        let plan = try SamplePlan()
        let site = PreviewSite(plan.build())
        do {
            return (plan, site, try await PreviewListener.start(host: PreviewOptions.loopback, port: 0, site: site))
        } catch {
            plan.remove()
            throw error
        }
    }

    @Test func listensOnLoopbackOnlyAndAnswersOnlyThisMachine() async throws {
        let (plan, _, started) = try await Self.serving()
        defer { plan.remove(); Task { await started.stop() } }
        #expect(await started.server.listeningAddress == .ip4("127.0.0.1", port: started.port))

        let page = try #require(RawHTTP(ip: "127.0.0.1", port: started.port))
        page.get("/country-NER.html", host: "127.0.0.1:\(started.port)")
        let text = await page.read()
        #expect(page.status == 200)
        #expect(text.contains("Content-Type: text/html; charset=utf-8") && text.contains("Niger") && text.contains("new EventSource"))

        let rebound = try #require(RawHTTP(ip: "127.0.0.1", port: started.port))
        rebound.get("/", host: "attacker.example:\(started.port)")
        await rebound.read()
        #expect(rebound.status == 403)

        // Another address of this machine is not listened on (when the machine has one).
        for ip in Self.otherAddresses() {
            #expect(RawHTTP(ip: ip, port: started.port) == nil, "\(ip) accepted a connection")
        }
    }

    @Test func eventsAnnounceEachNewVersion() async throws {
        let (plan, site, started) = try await Self.serving()
        defer { plan.remove(); Task { await started.stop() } }
        let first = await site.content.version

        let events = try #require(RawHTTP(ip: "127.0.0.1", port: started.port))
        events.get("/events", host: "localhost:\(started.port)", close: false)
        await events.read { $0.contains("data: \(first)\n\n") }
        #expect(events.text.contains("Content-Type: text/event-stream") && events.text.contains("data: \(first)\n\n"), "\(events.text)")

        try plan.edit("CMR/education.md", replacing: "  UNICEF:", with: "  UNICEFF:")
        #expect(await site.update(plan.build()))
        let second = await site.content.version
        await events.read { $0.contains("data: \(second)\n\n") }
        #expect(events.text.contains("data: \(second)\n\n"))

        let page = try #require(RawHTTP(ip: "127.0.0.1", port: started.port))
        page.get("/", host: "127.0.0.1:\(started.port)")
        #expect(await page.read().contains("<h1>The plan has errors</h1>"))

        // The same content again announces nothing.
        #expect(await !site.update(plan.build()))
        // Closing the site (shutting down) ends the stream: the last chunk of the response.
        await site.close()
        await events.read { $0.hasSuffix("\r\n0\r\n\r\n") }
        #expect(events.text.hasSuffix("\r\n0\r\n\r\n"))
        #expect(events.text.components(separatedBy: "data: ").count == 3)
    }

    @Test func answersHeadKeepsConnectionsAndRefusesWrites() async throws {
        let (plan, _, started) = try await Self.serving()
        defer { plan.remove(); Task { await started.stop() } }
        let host = "127.0.0.1:\(started.port)"

        // Two requests on one connection: each answered with its length, the second closes it.
        let both = try #require(RawHTTP(ip: "127.0.0.1", port: started.port))
        both.send("HEAD /country-NER.html HTTP/1.1\r\nHost: \(host)\r\n\r\nGET /nothing-here HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        let text = await both.read()
        let answers = text.components(separatedBy: "HTTP/1.1 ")
        #expect(answers.count == 3, "\(text)")
        if answers.count == 3 {
            let head = answers[1]
            #expect(head.hasPrefix("200 OK\r\n") && head.contains("Content-Type: text/html; charset=utf-8"))
            let length = head.components(separatedBy: "Content-Length: ").dropFirst().first?.prefix { $0.isNumber }
            #expect(Int(length ?? "") ?? 0 > 1000, "the length of the page, without the page")
            #expect(head.hasSuffix("\r\n\r\n"), "no body after HEAD")
            #expect(answers[2].hasPrefix("404 Not Found\r\n") && answers[2].contains("Connection: close\r\n"))
        }

        let write = try #require(RawHTTP(ip: "127.0.0.1", port: started.port))
        write.send("POST / HTTP/1.1\r\nHost: \(host)\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
        let refused = await write.read()
        #expect(write.status == 405 && refused.contains("Allow: GET, HEAD\r\n"))

        let garbage = try #require(RawHTTP(ip: "127.0.0.1", port: started.port))
        garbage.send("NONSENSE\r\n\r\n")
        await garbage.read()
        #expect(garbage.status == 400)
    }

    @Test func aPortInUseIsAClearFailure() async throws {
        let site = PreviewSite()
        let started = try await PreviewListener.start(host: PreviewOptions.loopback, port: 0, site: site)
        defer { Task { await started.stop() } }
        await #expect(throws: StartFailure.portInUse(host: "127.0.0.1", port: started.port)) {
            _ = try await PreviewListener.start(host: PreviewOptions.loopback, port: started.port, site: site)
        }
        #expect(StartFailure.portInUse(host: "127.0.0.1", port: 8420).description
            == "cannot listen on 127.0.0.1:8420: the port is in use (another rrp preview?); choose another with --port")
    }

    /// The IPv4 addresses of this machine that are not loopback.
    static func otherAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return [] }
        defer { freeifaddrs(list) }
        var found: [String] = []
        var entry = list
        while let current = entry {
            if let address = current.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
                var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
                if getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                    let ip = String(cString: host)
                    if !ip.hasPrefix("127.") { found.append(ip) }
                }
            }
            entry = current.pointee.ifa_next
        }
        return found
    }
}
