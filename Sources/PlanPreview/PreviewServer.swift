import Foundation
import PlanRender

/// `rrp preview`: compiles the plan in memory, serves its documents with ``PreviewHTTPServer`` (on loopback
/// unless told otherwise), watches the plan folder for changes, recompiles, and tells the open
/// pages to reload (server-sent events). Stops cleanly on SIGINT or SIGTERM.
public enum PreviewServer {
    /// Runs until interrupted; returns the exit status (0 after a clean stop, 1 when the server
    /// could not start or failed). `log` gets every line for the terminal (standard error).
    public static func run(_ options: PreviewOptions, log: @escaping @Sendable (String) -> Void) -> Int32 {
        let status = Locked<Int32>(1)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            status.value = await serve(options, log: log)
            done.signal()
        }
        done.wait()
        return status.value
    }

    /// The server's life: listen, build and watch until a signal, stop.
    static func serve(_ options: PreviewOptions, log: @escaping @Sendable (String) -> Void) async -> Int32 {
        let site = PreviewSite()
        let started: PreviewListener.Started
        do {
            started = try await PreviewListener.start(host: options.host, port: options.port, site: site)
        } catch {
            log("rrp: error: \(error)")
            return 1
        }
        log("rrp: preview at http://\(PreviewListener.authority(options.host, started.port))/")
        let stops = AsyncStream.makeStream(of: String?.self)
        let interrupt = InterruptSignal { _ in stops.continuation.yield(nil) }
        // The first build starts once the port is taken; a page opened meanwhile waits for it.
        let stopWatching = Locked(false)
        let watcher = PreviewWatcher(compiler: PreviewCompiler(options: options), site: site, log: log)
        Thread.detachNewThread { watcher.run(until: stopWatching) }
        let keepAlive = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                await site.keepAlive()
            }
        }
        let failed = Task { for await reason in started.stopped { stops.continuation.yield(reason) } }
        var failure: String?
        for await reason in stops.stream {
            failure = reason
            break
        }
        interrupt.remove()
        stopWatching.value = true
        keepAlive.cancel()
        failed.cancel()
        await site.close()
        await started.stop(timeout: 0.2)
        if let failure {
            log("rrp: error: the server stopped: \(failure)")
            return 1
        }
        log("rrp: preview stopped")
        return 0
    }
}
