/// The classes a word or phrase can belong to, as named in `patterns.json`.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

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

    // Predicates by meaning (verb lemmas of `verbs.json`, their generated forms).
    /// Concern or advocacy in the agency's own voice (`urges`, `welcomes`, `exhorte`, `insta`, `呼吁`).
    static let advocacy = WordClass(rawValue: 1 << 32)
    /// A state of concern (`concerned`, `alarmed`, `préoccupé`, `preocupado`, `关切`).
    static let concern = WordClass(rawValue: 1 << 33)
    /// A mandate or supervisory role (`mandated`, `entrusted`, `supervise`, `负有`).
    static let mandate = WordClass(rawValue: 1 << 34)
    /// Saying or reporting (`said`, `a indiqué`, `informó`, `表示`): what follows may be the
    /// agency's own words.
    static let report = WordClass(rawValue: 1 << 35)
    /// Makes its object the actor of the next verb (`forced`, `allow`, `contraindre`, `permitir`, `迫使`).
    static let causative = WordClass(rawValue: 1 << 36)
    /// Information management and coordination tasks (`compile`, `brief`, `veiller`): legitimate
    /// in coordination sections and for an agency named in its coordination role.
    static let coordinationTask = WordClass(rawValue: 1 << 37)
    // Verb forms.
    /// A form of a known verb.
    static let verbForm = WordClass(rawValue: 1 << 38)
    /// A past participle (`distributed`, `distribué`, `entregado`).
    static let participle = WordClass(rawValue: 1 << 39)
    /// An infinitive (`distribuer`, `entregar`; English base forms after `to`).
    static let infinitive = WordClass(rawValue: 1 << 40)
    /// A gerund or present participle (`distributing`, `distribuant`, `entregando`).
    static let gerund = WordClass(rawValue: 1 << 41)
    /// An auxiliary or modal (`has`, `is`, `would`, `a`, `est`, `ha`, `está`, `已`).
    static let auxiliary = WordClass(rawValue: 1 << 42)
    /// A form of `be` (`is`, `était`, `es`, `fue`, `被`): with a participle, a passive.
    static let copula = WordClass(rawValue: 1 << 43)
    // Mentions.
    /// A description that names an agency on its own (`the UN refugee agency`, `l'agence
    /// onusienne`, `la agencia de la ONU`, `该署`).
    static let agencyDescription = WordClass(rawValue: 1 << 44)
    /// A reference to an agency named earlier in the paragraph (`the agency`, `l'organisation`,
    /// `la organización`, `该组织`).
    static let agencyReference = WordClass(rawValue: 1 << 45)
    /// A subject pronoun that may refer to an agency named earlier (`it`, `il`, `elle`).
    static let subjectPronoun = WordClass(rawValue: 1 << 46)
    /// A possessive that may refer to an agency named earlier (`its`, `son`, `su`, `其`).
    static let possessivePronoun = WordClass(rawValue: 1 << 47)
    // Nouns and adjectives the templates read.
    /// Praise (`leading`, `key`, `de référence`, `clave`, `最`).
    static let evaluative = WordClass(rawValue: 1 << 48)
    /// What an organization is or plays (`organization`, `actor`, `role`, `acteur`, `organización`, `机构`).
    static let roleNoun = WordClass(rawValue: 1 << 49)
    /// Nouns that make `our` generic (`societies`, `humanity`, `sociétés`, `humanidad`).
    static let genericNoun = WordClass(rawValue: 1 << 50)
    /// Speakers who are not an agency (`refugees`, `ministers`, `governments`, `ministros`).
    static let speakerNoun = WordClass(rawValue: 1 << 51)
    /// An agency's internal matters (`priorities`, `workforce`, `effectifs`, `prioridades`).
    static let internalNoun = WordClass(rawValue: 1 << 52)
    /// Donations and funding gaps (`donations`, `shortfall`, `dons`, `déficit`, `缺口`).
    static let gapNoun = WordClass(rawValue: 1 << 53)
    /// Time expressions a subject and its verb may enclose (`last week`, `mercredi`, `este mes`, `今天`).
    static let timeWord = WordClass(rawValue: 1 << 54)
    /// Introduces reported words (`that`, `que`, `qu'`).
    static let complementizer = WordClass(rawValue: 1 << 55)
    /// Negation (`not`, `ne`, `no`, `未`).
    static let negation = WordClass(rawValue: 1 << 56)
    /// A plain dictionary word (Chinese segmentation: `大会` is one word, not `大` + `会`).
    static let word = WordClass(rawValue: 1 << 57)
    /// A passive agent marker (`by`, `par`, `por`, `由`, `被`).
    static let agentMarker = WordClass(rawValue: 1 << 58)
    /// Section words in the sentence's heading sense are not needed; a copula-like verb that
    /// makes a self-description (`plays`, `joue`, `juega`, `发挥`).
    static let playsRole = WordClass(rawValue: 1 << 59)
    /// Possession of staff or offices (`has`, `employs`, `compte`, `cuenta con`, `拥有`).
    static let hasStaff = WordClass(rawValue: 1 << 60)
    /// A verb that hands its subject to the infinitive after it (`managed to raise`, `a réussi à`,
    /// `logró recaudar`): the infinitive says what the subject does.
    static let catenative = WordClass(rawValue: 1 << 61)
    /// An agency's founding text (`under its mandate`, `au titre de son statut`, `en virtud de su
    /// mandato`, `根据其章程`): a sentence that opens with it describes a mandate.
    static let mandateNoun = WordClass(rawValue: 1 << 62)

    /// The class of a `patterns.json` key, or `nil` for an unknown key.
    static func named(_ name: String) -> WordClass? { names[name] }

    /// The classes by `patterns.json` key, built once per process (``named(_:)`` is called for
    /// every class of every language and verb file while the knowledge is built).
    private static let names: [String: WordClass] = {
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
            "advocacy": .advocacy, "concern": .concern, "mandate": .mandate, "report": .report, "causative": .causative,
            "coordinationTask": .coordinationTask, "auxiliary": .auxiliary, "copula": .copula,
            "agencyDescription": .agencyDescription, "agencyReference": .agencyReference, "subjectPronoun": .subjectPronoun,
            "possessivePronoun": .possessivePronoun, "evaluative": .evaluative, "roleNoun": .roleNoun, "genericNoun": .genericNoun,
            "speakerNoun": .speakerNoun, "internalNoun": .internalNoun, "gapNoun": .gapNoun, "timeWord": .timeWord,
            "complementizer": .complementizer, "negation": .negation, "word": .word, "agentMarker": .agentMarker,
            "playsRole": .playsRole, "hasStaff": .hasStaff, "catenative": .catenative, "mandateNoun": .mandateNoun, "participle": .participle, "infinitive": .infinitive, "gerund": .gerund,
        ]
        return table
    }()

    /// Classes that make a word a verb for the predicate of a subject.
    static let verbs: WordClass = [.future, .action, .coordination, .support, .funding, .advocacy, .concern, .mandate, .report, .causative, .coordinationTask]

    /// The meaning classes of a verb lemma in `verbs.json`.
    static let meanings: WordClass = [.action, .coordination, .support, .funding, .advocacy, .concern, .mandate, .report, .causative, .coordinationTask, .dataVerb]
}
