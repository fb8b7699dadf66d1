import Foundation

/// The chart colours: the hues of the Okabe-Ito colour-blind-safe palette, darkened where
/// needed so that every bar colour has at least 3:1 contrast against the white page (WCAG 1.4.11)
/// and every colour used for text at least 4.5:1 (WCAG 1.4.3); ``contrast(_:)`` computes it and
/// the tests check it. Charts never rely on colour alone: every bar carries a text label and its
/// value.
public enum Palette {
    /// Blue, dark orange, bluish green, vermillion, reddish purple, sky blue, olive, dark grey.
    public static let bars = ["#0072B2", "#B36B00", "#009E73", "#D55E00", "#A8518A", "#3A87C2", "#8A7A00", "#4D4D4D"]

    /// The colour of series `index`, cycling.
    public static func colour(_ index: Int) -> String { bars[index % bars.count] }

    /// The colour of male bars and their heading in a pyramid (a text colour too).
    public static let male = "#0072B2"
    /// The colour of female bars and their heading in a pyramid (a text colour too).
    public static let female = "#B34D00"
    /// The colour of chart text.
    public static let ink = "#1a1a1a"

    /// Colours written as text in charts: each needs 4.5:1 against white.
    public static let text = [male, female, ink]

    /// The WCAG contrast ratio of `hex` (`#RRGGBB`) against white: 1 to 21.
    public static func contrast(_ hex: String) -> Double {
        let digits = Array(hex.utf8.dropFirst())
        guard digits.count == 6 else { return 1 }
        func channel(_ i: Int) -> Double {
            let text = String(decoding: digits[i..<(i + 2)], as: UTF8.self)
            let c = Double(Int(text, radix: 16) ?? 255) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
        return 1.05 / (luminance + 0.05)
    }
}
