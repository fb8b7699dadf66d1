import PlanRender

/// The frame of the preview's own pages (the diagnostics, the list of documents): a small,
/// readable page in the plan's language that carries the live-reload script.
enum PreviewPage {
    /// A whole page; `title` and `language` are escaped here, `body` is HTML already escaped.
    static func html(title: String, language: String, body: String, version: String) -> [UInt8] {
        let page = """
            <!DOCTYPE html>
            <html lang="\(HTMLEscape.escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLEscape.escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
        return LiveReload.inject(into: Array(page.utf8), version: version)
    }

    static let style = """
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fafafa; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
        ol.diagnostics { list-style: none; padding: 0; }
        ol.diagnostics > li { background: #fff; border-left: .35rem solid #888; margin: 1rem 0; padding: .6rem 1rem; }
        li.error { border-left-color: #c62828 !important; }
        li.warning { border-left-color: #ef6c00 !important; }
        .where { margin: 0; }
        .where code { font-weight: 600; }
        .severity { text-transform: uppercase; font-size: .8rem; font-weight: 700; letter-spacing: .04em; margin: 0 .4rem; }
        li.error .severity { color: #c62828; }
        li.warning .severity { color: #ef6c00; }
        .id { color: #555; font-size: .85rem; }
        pre { background: #f3f3f3; padding: .5rem .75rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
        pre .gutter { color: #888; user-select: none; }
        mark { background: #ffd6d6; text-decoration: underline wavy #c62828; }
        .explanation { color: #333; margin: .3rem 0; }
        .explanation summary { cursor: pointer; color: #555; }
        ul.notes { padding-left: 1.2rem; margin: .3rem 0; }
        """
}
