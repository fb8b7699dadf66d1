/// Text written inside a double-quoted CSS string in a `<style>` element (the print style's
/// running header): a backslash, a quote and line breaks escaped the CSS way, and `<`, `>` and
/// `&` as CSS escapes, so no value can end the string, the rule or the `<style>` element.
public enum CSSString {
    /// The escaped text, without the surrounding quotes.
    public static func escape(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "<": "\\3c "
            case ">": "\\3e "
            case "&": "\\26 "
            case "\n", "\r", "\u{0C}": "\\a "
            default: scalar.value < 0x20 || scalar.value == 0x7F ? "" : nil
            }
        }
    }
}
