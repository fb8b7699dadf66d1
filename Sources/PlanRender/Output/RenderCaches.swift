/// The caches of one render (chapter bodies, place chapters, document values), handed back by
/// ``PlanRenderer/render(_:emit:)``: a large plan's caches are a big graph of small objects, and
/// a process that exits right after rendering (the `rrp` command) can skip freeing them by
/// keeping this object until it exits, as compilers commonly skip freeing their data at exit.
public final class RenderCaches: Sendable {
    private let storage: any Sendable

    init(_ storage: any Sendable) { self.storage = storage }
}
