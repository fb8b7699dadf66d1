import PlanPreview
import Testing

/// Only this machine is answered by default, whatever name a page elsewhere uses.
@Suite struct LoopbackGuardTests {
    let guarded = LoopbackGuard(loopbackOnly: true)

    @Test func answersThisMachine() {
        for host in ["127.0.0.1:8420", "localhost:8420", "LOCALHOST", "[::1]:8420", "127.0.0.1", nil] {
            #expect(guarded.allows(host: host, peer: .ip4("127.0.0.1", port: 50000)), "\(host ?? "no Host")")
        }
        #expect(guarded.allows(host: "[::1]:8420", peer: .ip6("::1", port: 50000)))
        #expect(guarded.allows(host: "127.0.0.1:8420", peer: .ip6("::ffff:127.0.0.1", port: 50000)))
    }

    @Test func refusesOtherHostsAndOtherNames() {
        #expect(!guarded.allows(host: "127.0.0.1:8420", peer: .ip4("192.168.1.20", port: 50000)))
        #expect(!guarded.allows(host: "127.0.0.1:8420", peer: .ip6("fe80::1", port: 50000)))
        // A page of another site whose name resolves to 127.0.0.1 (DNS rebinding).
        #expect(!guarded.allows(host: "attacker.example:8420", peer: .ip4("127.0.0.1", port: 50000)))
        #expect(!guarded.allows(host: "127.0.0.1.attacker.example", peer: .ip4("127.0.0.1", port: 50000)))
    }

    @Test func sharingAllowsEveryone() {
        #expect(LoopbackGuard(loopbackOnly: false).allows(host: "plan.example:8420", peer: .ip4("192.168.1.20", port: 50000)))
    }

    @Test func loopbackAddresses() {
        #expect(LoopbackGuard.isLoopbackIP("127.0.0.1") && LoopbackGuard.isLoopbackIP("127.1.2.3") && LoopbackGuard.isLoopbackIP("::1"))
        #expect(!LoopbackGuard.isLoopbackIP("0.0.0.0") && !LoopbackGuard.isLoopbackIP("128.0.0.1") && !LoopbackGuard.isLoopbackIP("127.0.0.256"))
        #expect(!LoopbackGuard.isLoopbackIP("::") && !LoopbackGuard.isLoopbackIP("localhost"))
    }
}
