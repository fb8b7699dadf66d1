import Foundation

/// Folders a test makes unreadable with mode 000, and how to run `rrp` so that it cannot read
/// them even as root.
///
/// Root reads a folder of mode 000 (it holds `CAP_DAC_OVERRIDE` and `CAP_DAC_READ_SEARCH`), and
/// CI runs the tests as root. Under root, `rrp` runs through `setpriv` with those two
/// capabilities dropped, so the folder is as unreadable to it as to any user; where that is not
/// possible either, ``commandPrefix`` is `nil` and the test skips (its trait says why).
public enum Unreadable {
    /// Whether this process reads a folder of mode 000 (it runs as root).
    public static let bypassedHere: Bool = geteuid() == 0

    /// What to put before `rrp`'s arguments so that mode 000 binds it: nothing for a normal user,
    /// `setpriv` dropping the permission override under root; `nil` when neither works.
    public static let commandPrefix: [String]? = {
        guard bypassedHere else { return [] }
        let setpriv = "/usr/bin/setpriv"
        let prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "--"]
        guard FileManager.default.isExecutableFile(atPath: setpriv), let probe = try? TemporaryDirectory() else { return nil }
        defer { probe.remove() }
        guard (try? probe.write("locked/x", "x")) != nil, (try? probe.chmod("locked", 0o000)) != nil else { return nil }
        defer { try? probe.chmod("locked", 0o755) }
        // The probe must fail to list the folder: the capabilities are really gone.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments = Array(prefix.dropFirst()) + ["/bin/ls", probe.path + "/locked"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus != 0 ? prefix : nil
    }()

    /// Why a test that needs an unreadable folder is skipped where ``commandPrefix`` is `nil`.
    public static let skipReason = "the tests run as root and setpriv cannot drop the permission override, so a folder of mode 000 stays readable: the unreadable-folder assertions are skipped"
}
