extension MarkdownCorpus {
    /// Bodies for cmark's corner cases, each as a country chapter and as a file without front
    /// matter.
    public static let tricky: [Chapter] = trickyBodies.enumerated().flatMap { index, body in
        [
            Chapter(path: "tricky-\(index).md", text: "---\nchapter: country\ncountry: TCD\n---\n" + body),
            Chapter(path: "tricky-\(index)-bare.md", text: body),
        ]
    }

    /// Markdown bodies: lists, link references, setext headings, raw HTML, code, entities...
    public static let trickyBodies = [
        "- tight\n- list\n\n1. loose\n\n2. list\n\n   para in item\n",
        "See [the survey][s] and [x].\n\n[s]: https://example.org \"Title\"\n\n## After\n\nAgain [s] and [x].\n\n[x]: /x\n",
        "Title\n=====\n\nSub\n---\n\nText\n",
        "Title *with emphasis*\n=====\n\nBody\n",
        "<div>\nblock\n</div>\n\nText <span>inline</span> and <b>bold</b>.\n\n<!-- comment -->\n\n## Heading <i>x</i>\n",
        "```\n<h2>not a heading</h2>\n# not a heading\n```\n\n    <h2>indented</h2>\n\n## Real\n",
        "&amp; &copy; &#35; &nbsp; AT&T\n\n# A &amp; B\n\nText\n",
        "\n\n\n# Overview\n\nText\n\n## Part\n",
        "> # quoted\n\n- # in a list\n\n# Real\n",
        "Text\n\n<div>no final line break</div>",
        "# A\r\n\r\nText <b>x</b>\r\n\r\n## B\r\n",
        "<b>Bold</b> title\n===\n\nText <i>i</i>\n",
        "# Résumé — 日本\n\nTexte <em>é</em> ünïcödé\n",
        "#\n\nText\n\n##\n",
        "## Closed ##\n\n  ## Indented\n\nText\n",
        "***\n\n> <div>quoted</div>\n> text <b>q</b>\n",
        "# A\n\n###### Deep\n",
        "line  \nbreak\\\nend\n",
        "![alt <b>b</b>](x.png) and [link <i>i</i>](/y)\n",
        "<custom-tag>\ntext\n\nafter\n",
        "# Overview\n",
        "[x]: /url\n",
        "text   \n   \n",
        "Overview\n========\n\nText <br> here\n",
        "# End",
        "a <span\nclass=\"x\">b</span> c\n",
        "\tindented code\n\n# Tab\theading\n",
        "Multi\nline *setext*\n---\n\nText\n",
        "## Level two first\n\n# Then one\n\n<script>alert(1)</script>\n",
        "1. one\n2. two\n   <b>html in item</b>\n\n- a\n\n  - nested <i>x</i>\n",
    ]
}
