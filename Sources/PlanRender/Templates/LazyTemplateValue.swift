import Synchronization

/// A template value made only when a template (or the Word writer) first reads it, then kept:
/// the parts of a document that its templates may leave out (a country document shows neither
/// the partner grids nor the regional charts, and only the Word documents draw `*ChartData`)
/// cost nothing to build, or to free, unless they are read.
///
/// Reading it from several threads is safe (the regional document's values are shared by its
/// HTML and Markdown jobs): the first reader makes it, the others wait for that value.
public final class LazyTemplateValue: Sendable, Equatable {
    private let state: Mutex<State>

    private enum State: @unchecked Sendable {
        /// Not read yet. The maker is only ever called under the lock, once; the values it
        /// captures (a document's figures and index) are read-only.
        case pending(() -> TemplateValue)
        case made(TemplateValue)
    }

    /// A value that `make` builds when it is first read.
    init(_ make: @escaping () -> TemplateValue) {
        state = Mutex(.pending(make))
    }

    /// The value, made on the first read.
    var value: TemplateValue {
        state.withLock { state in
            switch state {
            case .made(let value): return value
            case .pending(let make):
                let value = make().resolved
                state = .made(value)
                return value
            }
        }
    }

    /// Equal when the values are (both are made to compare them).
    public static func == (a: LazyTemplateValue, b: LazyTemplateValue) -> Bool {
        a === b || a.value == b.value
    }
}

extension TemplateValue {
    /// A value made only when it is first read (see ``LazyTemplateValue``).
    static func lazy(_ make: @escaping () -> TemplateValue) -> TemplateValue {
        .deferred(LazyTemplateValue(make))
    }

    /// The value itself: a deferred one made (once) and returned, any other as it is.
    @inline(__always)
    var resolved: TemplateValue {
        if case .deferred(let lazy) = self { return lazy.value }
        return self
    }
}
