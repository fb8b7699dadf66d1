import Foundation
import Mustache
@testable import PlanRender
import Synchronization
import Testing

/// Values made only when a template reads them (``LazyTemplateValue``): a template that does not
/// read one never makes it, one that does writes exactly what it writes with the plain value
/// (with the fast renderer and with swift-mustache), and a value read by several documents at
/// once is made once.
@Suite struct LazyTemplateValueTests {
    /// Counts how often a deferred value was made.
    final class Counter: Sendable {
        let count = Mutex(0)
        func bump() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    static let grid: TemplateValue = ["rows": [["name": "UNHCR", "cells": [["value": "1,200"], ["value": "–"]]]], "hasRows": true]

    static func data(_ counter: Counter, regional: Bool) -> TemplateValue {
        [
            "isRegional": .bool(regional), "labels": ["total": "Total"],
            "grid": .lazy { counter.bump(); return grid },
            "chart": .lazy { counter.bump(); return .text("<svg>&</svg>") },
        ]
    }

    static let template = "{{#isRegional}}{{#grid}}{{#rows}}{{name}}:{{#cells}} {{value}}{{/cells}} {{labels.total}}{{/rows}}{{/grid}}|{{{chart}}}|{{chart}}{{/isRegional}}{{^isRegional}}country{{/isRegional}}"

    @Test func aValueNoTemplateReadsIsNeverMade() throws {
        let program = try TemplateProgram(sources: ["t": Self.template])
        let counter = Counter()
        #expect(program.render("t", value: Self.data(counter, regional: false)) == "country")
        #expect(counter.value == 0)
    }

    @Test func aValueReadIsMadeOnceAndWritesWhatThePlainValueWrites() throws {
        _ = HTMLEscape.registered
        let program = try TemplateProgram(sources: ["t": Self.template])
        let counter = Counter()
        let lazy = Self.data(counter, regional: true)
        let plain: TemplateValue = ["isRegional": true, "labels": ["total": "Total"], "grid": Self.grid, "chart": .text("<svg>&</svg>")]
        let expected = "UNHCR: 1,200 – Total|<svg>&</svg>|&lt;svg&gt;&amp;&lt;/svg&gt;"
        #expect(program.render("t", value: plain) == expected)
        #expect(program.render("t", value: lazy) == expected)
        #expect(program.render("t", value: lazy) == expected)
        #expect(counter.value == 2)  // the grid and the chart, each once over both renders
        // swift-mustache (a template override it alone renders) receives the made values.
        #expect(try MustacheTemplate(string: Self.template).render(TemplateText.bridge(lazy)) == expected)
        // Reading through child(_:) (as the Word writer does) gives the made value; equality too.
        #expect(lazy.child("grid") == Self.grid)
        #expect(TemplateValue.lazy { Self.grid } == TemplateValue.lazy { Self.grid })
        #expect(TemplateValue.lazy { Self.grid } != TemplateValue.lazy { "other" })
    }

    /// A place's buffer is reserved for the texts of its values; sizing them makes no deferred value.
    @Test func textSizeCountsTextsWithoutMakingDeferredValues() {
        let counter = Counter()
        let value = Self.data(counter, regional: true)
        #expect(value.textSize == "Total".utf8.count)
        #expect(counter.value == 0)
        let texts: TemplateValue = ["a": "é€", "b": [.utf8([1, 2, 3]), true, ["c": "xy"]]]
        #expect(texts.textSize == 5 + 3 + 2)
    }

    @Test func documentsReadingAtOnceMakeItOnce() async throws {
        let program = try TemplateProgram(sources: ["t": Self.template])
        let counter = Counter()
        let shared = Self.data(counter, regional: true)
        let outputs = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<8 { group.addTask { program.render("t", value: shared) } }
            return await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(Set(outputs).count == 1)
        #expect(counter.value == 2)
    }
}
