import PlanRender

/// What `rrp preview` was asked to do.
public struct PreviewOptions: Sendable {
    /// The plan folder (the one holding `plan.md`).
    public var planDirectory: String
    /// The address to listen on: `127.0.0.1` unless the user names another (`--host`).
    public var host: String
    /// The port (`0` lets the system choose a free one; the printed address says which).
    public var port: UInt16
    /// `--language`, and the other render options (HTML only is rendered).
    public var render: RenderOptions
    /// `--templates DIR`: templates laid over the defaults (watched too).
    public var templates: String?
    /// `--lint`: run the agency-neutral language rules too.
    public var lint: Bool
    /// How often the plan folder is compared for changes at the latest (a folder event makes
    /// it look at once).
    public var pollInterval: Duration

    /// The default port of `rrp preview`.
    public static let defaultPort: UInt16 = 8420
    /// The default address: loopback only, so other hosts cannot connect.
    public static let loopback = "127.0.0.1"

    public init(planDirectory: String, host: String = PreviewOptions.loopback, port: UInt16 = PreviewOptions.defaultPort, render: RenderOptions = RenderOptions(formats: [.html]),
                templates: String? = nil, lint: Bool = false, pollInterval: Duration = .milliseconds(300)) {
        self.planDirectory = planDirectory
        self.host = host
        self.port = port
        self.render = render
        self.templates = templates
        self.lint = lint
        self.pollInterval = pollInterval
    }
}
