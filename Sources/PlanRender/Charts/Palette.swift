/// The Okabe-Ito colour-blind-safe palette. Charts never rely on colour alone: every bar carries
/// a text label and its value.
public enum Palette {
    /// Blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black.
    public static let okabeIto = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]

    /// The colour of series `index`, cycling.
    public static func colour(_ index: Int) -> String { okabeIto[index % okabeIto.count] }

    /// The colour used for male bars of a pyramid.
    public static let male = "#0072B2"
    /// The colour used for female bars of a pyramid.
    public static let female = "#D55E00"
}
