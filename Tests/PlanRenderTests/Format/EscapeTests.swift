@testable import PlanRender
import Testing

@Suite struct EscapeTests {
    @Test func htmlEscapesEveryMarkupCharacter() {
        #expect(HTMLEscape.escape(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test func markdownEscapesInlineSyntaxAndTableBars() {
        #expect(MarkdownEscape.escape("a|b *c* [d](e) <x>") == #"a\|b \*c\* \[d\](e) &lt;x&gt;"#)
    }

    @Test func markdownEscapesLineStartSyntaxOnlyAtTheStart() {
        #expect(MarkdownEscape.escape("# not a heading") == ##"\# not a heading"##)
        #expect(MarkdownEscape.escape("1. not a list") == #"1\. not a list"#)
        #expect(MarkdownEscape.escape("USD 1.2 million - more") == "USD 1.2 million - more")
        #expect(MarkdownEscape.escape("two\nlines") == "two lines")
        #expect(MarkdownEscape.escape("one\r\nbreak\rand\n\nmore") == "one break and  more")
        #expect(MarkdownEscape.escape("12) item") == #"12\) item"#)
        #expect(MarkdownEscape.escape("-5% – fin_de_mois") == #"\-5% – fin\_de\_mois"#)
        #expect(MarkdownEscape.escape("Réfugiés = 3") == "Réfugiés = 3")
    }

    /// The templates write escaped values straight into a document's bytes: the same bytes as
    /// the escaped strings, after what the document already holds.
    @Test(arguments: ["plain", "", "a|b *c* [d](e) <x>", "# not a heading", "1. not a list", "12) item", "one\r\nbreak\rand\n\nmore",
                      "-5% – fin_de_mois", "Réfugiés = 3", #"<a href="x">Tom & 'Jerry'</a>"#])
    func escapesAppendedToADocumentAreTheEscapedStrings(_ text: String) {
        var markdown = Array("before ".utf8), html = Array("before ".utf8)
        MarkdownEscape.append(text, to: &markdown)
        HTMLEscape.append(text, to: &html)
        #expect(markdown == Array(("before " + MarkdownEscape.escape(text)).utf8))
        #expect(html == Array(("before " + HTMLEscape.escape(text)).utf8))
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        #expect(CSVField.quote("plain") == "plain")
        #expect(CSVField.quote("a, b") == "\"a, b\"")
        #expect(CSVField.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.quote("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.record(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    @Test func outputNamesKeepOnlyCodeCharacters() {
        #expect(OutputName.safe("TCD") == "TCD")
        #expect(OutputName.safe("southern-cone") == "southern-cone")
        #expect(OutputName.safe("../etc/passwd") == "___etc_passwd")
        #expect(OutputName.safe("") == "_")
    }

    @Test func cssStringsCannotEndTheirStringRuleOrStyleElement() {
        #expect(CSSString.escape("Plan – Tchad · Données") == "Plan – Tchad · Données")
        #expect(CSSString.escape(#"a"b\c"#) == #"a\"b\\c"#)
        #expect(CSSString.escape("</style><script>") == "\\3c /style\\3e \\3c script\\3e ")
        #expect(CSSString.escape("x\ny") == "x\\a y")
    }
}
