/// The script every served page carries: it listens to `/events` and reloads the page when
/// the server announces content other than the one the page was made from. The server sends
/// the current version on connect, so a change made while the page was loading still reloads it,
/// and a restarted server with the same content does not.
public enum LiveReload {
    /// The path of the server-sent events.
    public static let eventsPath = "/events"

    /// The `<script>` element for a page made from content `version` (a hexadecimal hash).
    public static func script(version: String) -> String {
        """
        <script>(function(){var v="\(version)";var s=new EventSource("\(eventsPath)");\
        s.onmessage=function(e){if(e.data!==v){s.close();location.reload();}};})();</script>
        """
    }

    /// `html` with the script inserted before its last `</body>` (at the end when it has none).
    public static func inject(into html: [UInt8], version: String) -> [UInt8] {
        let script = Array((script(version: version) + "\n").utf8)
        let marker = Array("</body>".utf8)
        guard html.count >= marker.count else { return html + script }
        var i = html.count - marker.count
        while i >= 0 {
            if html[i] == marker[0] && html[i..<(i + marker.count)].elementsEqual(marker) {
                return Array(html[..<i]) + script + Array(html[i...])
            }
            i -= 1
        }
        return html + script
    }
}
