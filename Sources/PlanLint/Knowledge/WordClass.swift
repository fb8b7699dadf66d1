/// The classes a word or phrase can belong to, as named in `patterns.json`.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let function = WordClass(rawValue: 1 << 0)
    static let future = WordClass(rawValue: 1 << 1)
    static let action = WordClass(rawValue: 1 << 2)
    static let coordination = WordClass(rawValue: 1 << 3)
    static let support = WordClass(rawValue: 1 << 4)
    static let supportNoun = WordClass(rawValue: 1 << 5)
    static let funding = WordClass(rawValue: 1 << 6)
    static let money = WordClass(rawValue: 1 << 7)
    static let budgetNoun = WordClass(rawValue: 1 << 8)
    static let staffNoun = WordClass(rawValue: 1 << 9)
    static let programmeNoun = WordClass(rawValue: 1 << 10)
    static let collective = WordClass(rawValue: 1 << 11)
    static let preposition = WordClass(rawValue: 1 << 12)
    static let gerundHost = WordClass(rawValue: 1 << 13)
    static let attribution = WordClass(rawValue: 1 << 14)
    static let citation = WordClass(rawValue: 1 << 15)
    static let credit = WordClass(rawValue: 1 << 16)
    static let selfPromotion = WordClass(rawValue: 1 << 17)
    static let itsPartners = WordClass(rawValue: 1 << 18)
    static let transparent = WordClass(rawValue: 1 << 19)
    static let determiner = WordClass(rawValue: 1 << 20)
    static let separator = WordClass(rawValue: 1 << 21)
    static let apposition = WordClass(rawValue: 1 << 22)
    static let firstPerson = WordClass(rawValue: 1 << 23)
    static let possessive = WordClass(rawValue: 1 << 24)
    static let possessiveBefore = WordClass(rawValue: 1 << 25)
    static let reference = WordClass(rawValue: 1 << 26)
    /// Set on a verb recognised by a future-tense ending (`assurera`, `brindará`).
    static let inflectedFuture = WordClass(rawValue: 1 << 27)
    /// The bare word for partners (`partners`, `socios`): `UNICEF and partners`.
    static let partnersWord = WordClass(rawValue: 1 << 28)
    /// A verb that reports data (`recorded`, `shows`, `indique`, `显示`): the agency's tool is a
    /// source, not a brand.
    static let dataVerb = WordClass(rawValue: 1 << 29)
    /// A preposition that makes an agency the recipient of money (`funding for`, `pour`).
    static let fundingPreposition = WordClass(rawValue: 1 << 30)
    /// A coordination function as an object (`provides the secretariat`, `assure la
    /// présidence`): a coordination role in coordination sections.
    static let coordinationNoun = WordClass(rawValue: 1 << 31)

    /// The class of a `patterns.json` key, or `nil` for an unknown key.
    static func named(_ name: String) -> WordClass? {
        let table: [String: WordClass] = [
            "function": .function, "future": .future, "action": .action, "coordination": .coordination,
            "support": .support, "supportNoun": .supportNoun, "funding": .funding, "money": .money,
            "budgetNoun": .budgetNoun, "staffNoun": .staffNoun, "programmeNoun": .programmeNoun,
            "collective": .collective, "preposition": .preposition, "gerundHost": .gerundHost,
            "attribution": .attribution, "citation": .citation, "credit": .credit,
            "selfPromotion": .selfPromotion, "itsPartners": .itsPartners, "transparent": .transparent,
            "determiner": .determiner, "separator": .separator, "apposition": .apposition,
            "firstPerson": .firstPerson, "possessive": .possessive, "possessiveBefore": .possessiveBefore,
            "reference": .reference, "partnersWord": .partnersWord, "dataVerb": .dataVerb, "fundingPreposition": .fundingPreposition, "coordinationNoun": .coordinationNoun,
        ]
        return table[name]
    }

    /// Classes that make a word a verb for the predicate of a subject.
    static let verbs: WordClass = [.future, .action, .coordination, .support, .funding]
}
