/// Hashes of the few function words the clause reading compares units with, computed once
/// (``SentenceContext/isWord(_:_:)`` compares token hashes, no text is decoded).
enum Keys {
    static func of(_ words: [String]) -> KeySet { KeySet(words.map { TokenHash.hash(TokenHash.fold($0)) }) }

    /// Nouns that name a government body (`commission`, `ministère`, `comisión`, `secretariat`): with
    /// an agency, a joint subject as `the Government and UNHCR` is.
    static let governmentBodies = of(["commission", "commissions", "ministry", "ministries", "secretariat", "directorate", "department", "committee",
                                      "commissariat", "ministère", "ministères", "secrétariat", "direction", "département", "comité",
                                      "comisión", "comisiones", "ministerio", "ministerios", "secretaría", "dirección", "departamento", "comité"])
    /// `y` of the French impersonal `il y a` (there is; ago).
    static let y = of(["y"])
    /// Third-person singular forms of `avoir` after `il y` (`il y a`, `il y avait`, `il y aura`).
    static let avoirThirdPerson = of(["a", "avait", "aura", "aurait", "ait", "eut"])
    /// `to` (English infinitive marker).
    static let to = of(["to"])
    /// Markers of the infinitive after a causative or a passive (`forced UNICEF to close`,
    /// `contraint de réduire`, `obligado a`).
    static let infinitiveMarkers = of(["to", "de", "d'", "à", "a"])
    /// Purpose after a passive (`est mobilisé pour apporter`).
    static let purpose = of(["pour", "to", "para", "afin"])
    /// `de` before an infinitive.
    static let de = of(["de", "d'"])
    /// Contractions and markers before the object of a causative (`permitirán al PMA`, `que ACNUR`).
    static let causativeObject = of(["al", "au", "à", "a", "que"])
    /// Prepositions of place (`in Chad`, `en Tapachula`, `au Tchad`).
    static let place = of(["in", "en", "au", "à", "a", "dans", "at"])
    /// Nouns of places where a team can be (`at the border`, `au camp`, `en la frontera`): with a
    /// name (`in Birak`), what makes `is in ... to inform` a place and a purpose rather than `est
    /// en phase avec le plan ... pour transférer` or `at the forefront of efforts to protect`.
    static let placeNouns = of(["border", "borders", "camp", "camps", "site", "sites", "area", "areas", "region", "field", "ground",
                                "airport", "port", "crossing", "town", "city", "village", "villages", "settlement", "settlements",
                                "frontière", "frontières", "camp", "site", "zone", "zones", "région", "terrain", "aéroport", "ville", "village", "localité",
                                "frontera", "fronteras", "campamento", "campamentos", "sitio", "zona", "zonas", "región", "terreno", "aeropuerto",
                                "ciudad", "pueblo", "localidad", "asentamiento"])
    /// A place or a direction after a verb of whereabouts (`headed to`, `se dirige vers`, `se
    /// encuentra en`).
    static let placeOrDirection = of(["in", "en", "au", "aux", "à", "a", "al", "dans", "at", "to", "towards", "toward", "for", "vers", "hacia", "near", "près", "cerca", "actuellement", "actualmente", "currently", "now"])
    /// Words that put an auxiliary or a copula in the future (`will be`, `seront`, `serán`).
    static let futureMarkers = of(["will", "shall", "sera", "seront", "aura", "auront", "será", "serán", "habrá", "habrán"])
    /// Chinese conditionals that open a clause (`如果`, `只要`, `一旦`).
    static let chineseConditionals: Set<String> = Set(["如果", "若", "假如", "倘若", "只要", "一旦"].map(HanziFold.fold))
    /// `present` as a predicate adjective (`est présent à l'aéroport pour`, `are present at`).
    /// Adjectives of commitment that take an infinitive (`determined to`, `résolu à`, `decidido a`):
    /// the infinitive says what the subject will do.
    static let commitment = of(["determined", "committed", "resolved", "willing",
                                "résolu", "résolue", "résolus", "résolues", "déterminé", "déterminée", "déterminés", "déterminées",
                                "engagé", "engagée", "engagés", "engagées", "disposé", "disposée",
                                "decidido", "decidida", "decididos", "decididas", "comprometido", "comprometida", "comprometidos",
                                "comprometidas", "dispuesto", "dispuesta", "dispuestos", "dispuestas", "resuelto", "resuelta"])
    static let present = of(["present", "présent", "présente", "présents", "présentes", "presente", "presentes"])
    /// English participles that place the subject somewhere after a copula (`is headed to eastern
    /// Chad to help`, `are stationed in Birak to register`): with a purpose, the purpose is its act.
    static let whereabouts = of(["headed", "heading", "travelling", "traveling", "stationed", "based", "located", "en-route"])
    /// French and Spanish verbs that, reflexive, place the subject somewhere (`se trouve à Birak pour
    /// informer`, `se encuentra en Birak para informar`, `se dirige a Birak para`): their present,
    /// imperfect and future third persons.
    static let reflexiveWhereabouts = of(["trouve", "trouvent", "trouvait", "trouvaient", "trouvera", "trouveront",
                                          "rend", "rendent", "rendait", "rendaient", "rendra", "rendront",
                                          "dirige", "dirigent", "dirigeait", "dirigeaient", "dirigera", "dirigeront",
                                          "encuentra", "encuentran", "encontraba", "encontraban", "encontrará", "encontrarán",
                                          "halla", "hallan", "hallaba", "hallaban", "hallará", "hallarán",
                                          "dirige", "dirigen", "dirigía", "dirigían", "dirigirá", "dirigirán"])
    /// Information and data as an object (`gave ... updated statistics`, `partagé des informations`).
    static let information = of(["statistics", "data", "information", "figures", "updates",
                                 "statistiques", "données", "informations", "chiffres",
                                 "estadísticas", "datos", "información", "cifras"])
    /// Nouns of counting (`number`, `nombre`, `número`, `cantidad`): information about them is data.
    static let countNouns = of(["number", "numbers", "nombre", "nombres", "número", "números", "cantidad", "effectifs"])
    /// The people a response serves, as recipients of information (`information and counselling to
    /// refugees`): information given to them is a service, not a coordination task.
    static let servedPeople = of(["refugees", "migrants", "immigrants", "returnees", "families", "children", "people", "persons", "survivors", "asylum-seekers",
                                  "réfugiés", "migrants", "immigrés", "rapatriés", "familles", "enfants", "personnes", "survivants", "survivantes", "demandeurs",
                                  "refugiados", "migrantes", "inmigrantes", "retornados", "familias", "niños", "niñas", "personas", "sobrevivientes", "solicitantes"])
    /// Households and individuals counted as the people served (`300 ménages`, `1,200 households`).
    static let households = of(["households", "individuals", "ménages", "individus", "hogares", "individuos"])
    /// An agency's spokespeople (`porte-parole`, `portavoz`, `spokesperson`).
    static let spokespeople = of(["spokesperson", "spokeswoman", "spokesman", "porte-parole", "portavoz", "vocero", "vocera"])
    /// Reports received (`reports`, `rapports`, `informes`), information about people rather than people.
    static let reports = of(["report", "reports", "rapport", "rapports", "informe", "informes", "signalements", "denuncias", "allegations"])
    /// Convoys of people (`convoi`, `convoy`, `convoy`).
    static let convoys = of(["convoy", "convoys", "convoi", "convois", "rapatriés", "arrivants", "arrivals", "returnees", "retornados", "convoyes"])
    /// English `from`, before a giver.
    static let fromWord = of(["from"])
    /// Prepositions that name a recipient (`to refugees`, `aux réfugiés`, `a los refugiados`).
    static let recipientMarkers = of(["to", "for", "à", "aux", "au", "pour", "a", "al", "para"])
    /// Chinese words before a number that say about or more (`逾40个`, `约30个`).
    static let chineseApproximators: Set<String> = Set(["逾", "约", "近", "超过", "多达", "大约", "共"].map(HanziFold.fold))
    /// Chinese words before a description that make it several agencies (`这些联合国机构`, these UN
    /// agencies; `各联合国机构`, each of the UN agencies), traditional forms too.
    static let chinesePluralMarkers: [String] = ["这些", "這些", "那些", "各", "多个", "多個", "四个", "四個", "几个", "幾個"]
    /// Demonstratives that open a deictic time phrase (`ce jeudi`, `cette semaine`, `este lunes`).
    static let demonstratives = of(["this", "ce", "cette", "cet", "este", "esta"])
    /// Nouns of time after a demonstrative (`this morning`, `cette semaine`, `esta tarde`).
    static let timeNouns = of(["morning", "afternoon", "evening", "week", "weekend", "month", "year",
                               "matin", "après-midi", "soir", "semaine", "week-end", "mois", "année",
                               "mañana", "tarde", "noche", "semana", "mes", "año"])
    /// `being` in `is being sought`.
    static let being = of(["being"])
    /// `but` as a coordinator of predicates.
    static let but = of(["but", "mais", "pero"])
    /// Counts that are not money on their own (`4 million refugees`).
    static let counts = of(["million", "millions", "billion", "m", "millones", "millón", "milliard", "milliards"])
    /// French object and reflexive clitics before a verb.
    static let frenchClitics = of(["se", "s'", "lui", "leur", "y", "en", "ne", "n'", "les", "nous"])
    /// Spanish clitics and particles before a verb.
    static let spanishClitics = of(["se", "le", "les", "lo", "la", "los", "las", "no", "ya"])
    /// Roles that one word introduces (`as sector lead`, `comme`, `como`, `作为`).
    static let roles = of(["as", "comme", "como"])
    /// Premises, not people (`The UNHCR office in Adré will be expanded`).
    static let premises = of(["office", "offices", "bureau", "bureaux", "headquarters", "sub-office", "branch", "unit", "section", "division", "representation", "mission", "oficina", "centres", "centers", "centros"])
    /// Chinese `是` (is) and the words that continue a subject after a comma (`并`, `还`).
    static let shi = of(["是"])
    static let continuation = of(["并", "还", "也", "以", "且"])
    /// Studies and reports an agency carries out as a source of data (`une enquête réalisée par le
    /// HCR`, `an assessment conducted by IOM`).
    static let studies = of(["survey", "surveys", "study", "studies", "assessment", "assessments", "report", "reports", "analysis", "analyses", "evaluation", "evaluations", "census",
                             "enquête", "enquêtes", "étude", "études", "évaluation", "évaluations", "rapport", "rapports", "analyse", "recensement", "recensements",
                             "encuesta", "encuestas", "estudio", "estudios", "evaluación", "evaluaciones", "informe", "informes", "análisis", "censo", "censos"])
    /// One-word markers of a means phrase (`via le partenaire FLM`, `through its partner`, `mediante`).
    static let meansMarkers = of(["via", "through", "mediante", "moyennant"])
    /// Two-word markers of a means phrase (`à travers`, `a través`, `por medio`, `por conducto`).
    static let meansFirstWords = of(["à", "a", "por", "par", "by"])
    static let meansSecondWords = of(["travers", "través", "medio", "conducto", "l'intermédiaire", "l'entremise", "means"])
    /// Partnerships sought (`seeking new partnerships`, `recherche de nouveaux partenariats`, `busca
    /// nuevas alianzas`); partners themselves are the `partnersWord` class.
    static let partnerships = of(["partnership", "partnerships", "partners", "partenariat", "partenariats", "partenaires",
                                  "alianza", "alianzas", "asociación", "asociaciones", "socios", "aliados"])
    /// Data nouns a relative clause may describe (`Le suivi que le HCR mène montre`): monitoring,
    /// follow-up, studies.
    static let dataNouns = studies.union(of(["monitoring", "monitoreo", "monitorización", "surveillance", "vigilancia",
                                             "suivi", "seguimiento", "data", "données", "datos"]))
    /// Every form of `suggest`, `suggérer`, `sugerir`: a data predicate (`the monitoring suggests`).
    static let suggest = of(["suggest", "suggests", "suggested"] + FrenchConjugation.forms(of: "suggérer").map(\.0) + SpanishConjugation.forms(of: "sugerir:ie").map(\.0))
    /// Priority nouns (`a top priority for UNICEF`, `donne la priorité aux`, `dar prioridad a`).
    static let priorityNouns = of(["priority", "priorities", "priorité", "priorités", "prioridad", "prioridades"])
    /// The prepositions that name whose priority it is (`for`, `pour`, `para`).
    static let priorityPrepositions = of(["for", "pour", "para"])
    /// Forms of `prioritize` (`prioriser`, `priorizar`): the subject's own priorities.
    static let prioritize = of(["prioritize", "prioritizes", "prioritized", "prioritizing", "prioritise", "prioritises", "prioritised", "prioritising",
                                "prioriser", "priorise", "priorisent", "priorisera", "prioriseront", "priorisé", "priorisée", "priorisés", "priorisant", "priorisait",
                                "priorizar", "prioriza", "priorizan", "priorizará", "priorizarán", "priorizó", "priorizaron", "priorizado", "priorizando", "priorizaba"])
    /// The prepositions after a priority noun that name who comes first (`priority to`, `la
    /// priorité aux`, `prioridad a`).
    static let priorityObjects = of(["to", "à", "au", "aux", "a", "al"])
    /// `pour le moment`, `pour l'instant`, `por ahora`, `for now`: a time phrase after a verb.
    static let forNow = of(["moment", "instant", "momento", "ahora", "now"])
    /// French object clitics before an infinitive (`a décidé de l'étendre`).
    static let frenchObjectClitics = of(["l'", "le", "la", "les"])
    /// Documents whose credits name an author (`This document has been produced by UNHCR`).
    static let documents = of(["document", "documents", "publication", "publications", "chapter", "brochure", "factsheet", "booklet", "map", "maps",
                               "chapitre", "carte", "cartes", "documento", "documentos", "publicación", "publicaciones", "capítulo", "mapa", "mapas"])
    /// Chinese words for a document or report before `由` (`本文件由难民署编写`).
    static let chineseDocuments = ["文件", "报告", "出版物", "本章", "地图"]
    /// Chinese titles after `的` (`世界粮食计划署负责东非事务的副署长表示`): a person speaks.
    static let chineseTitles: Set<String> = ["副署长", "署长", "负责人", "发言人", "代表", "主任", "总干事", "副总干事", "执行干事", "副执行干事", "官员",
                                             "主管", "协调员", "高级专员", "副高级专员", "专员", "区域主任", "国家主任", "驻华代表", "首席代表"]
    /// The first characters of ``chineseTitles``.
    static let chineseTitleStarts = of(Set(chineseTitles.compactMap { $0.first.map(String.init) }).sorted())
    /// Chinese words of giving money (`向难民署捐款`, `捐款给难民署`, `拨款`, `善款`, `慷慨解囊`): a
    /// gift to the agency named before or after them.
    private static let chineseGiftList = ["捐款", "捐赠", "捐助", "拨款", "拨付", "资助", "善款", "解囊", "捐钱", "资金"]
    /// ``chineseGiftList`` as keys.
    static let chineseGifts = of(chineseGiftList)
    /// Chinese `提供` (provide) and `给予` (give), before a gift, folded.
    static let chineseProvide: Set<String> = Set(["提供", "给予"].map(HanziFold.fold))
    /// ``chineseGiftList`` as folded text, for words of several characters.
    static let chineseGiftWords: Set<String> = Set(chineseGiftList.map(HanziFold.fold))
    /// Chinese passive and agent markers `由`, `被`.
    static let chineseAgent = of(["由", "被"])
    /// Participles of the French verbs whose compound past takes `être` (`est intervenu`).
    static let frenchEtreParticiples = of(["intervenir", "venir", "revenir", "parvenir", "arriver", "partir", "entrer", "retourner", "aller", "rester"]
        .flatMap { FrenchConjugation.forms(of: $0).filter { $0.1.contains(.participle) }.map(\.0) })
    /// Correlatives before the first of two coordinated subjects (`both`, `tanto`, `à la fois`).
    static let correlativeFirst = of(["both", "tanto", "ambos"])
    /// The word that joins the second subject after a correlative (`and`, `como`, `et`, `y`); also
    /// the second of two place names (`in Gao and Mopti`).
    static let correlativeSecond = of(["and", "como", "y", "et"])
    /// French reflexive clitics: a pronominal verb takes `être` in its compound past (`s'est dit`).
    static let reflexive = of(["se", "s'"])
    /// Spanish `desde`, the place one speaks from (`Desde ACNUR confiamos`).
    static let spanishFrom = of(["desde"])
    /// What starts a French verb's object or complement after it (`dispose d'une`, `prépare des`).
    static let frenchObjectStarts = of(["de", "d'", "des", "du", "à", "au", "aux", "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "plus", "désormais", "également"])
    /// Verbs of holding money (`has`, `dispose de`, `tiene`, `cuenta con`): ``VerbGroup/heldMoney(at:in:)``.
    /// Their finite forms, from the lemmas by the conjugations (English `have` is irregular).
    static let holdVerbs: KeySet = {
        func finite(_ forms: [(String, WordClass)]) -> [String] {
            forms.filter { $0.1.isDisjoint(with: [.infinitive, .participle, .gerund]) }.map(\.0)
        }
        return of(["has", "have", "had"] + finite(FrenchConjugation.forms(of: "disposer"))
            + ["tener", "contar:ue", "disponer"].flatMap { finite(SpanishConjugation.forms(of: $0)) })
    }()
    /// What stands between a holding verb and its money (`cuenta con`, `dispose de`, `un presupuesto de`).
    static let heldMoneyLinks = of(["con", "de", "d'", "du", "des", "only", "solo", "sólo", "seulement", "que", "available", "disponibles"])
    /// Chinese `including` before a list member (`包括无国界医生的...组织`).
    static let chineseIncluding = ["包括", "包含"]
    /// Verbs of ruling out (`descartar`, `exclure`, `excluir`, `rule`): before `que`, `that` (or
    /// `out that`) they report a possibility.
    static let ruleOut = of(["rule", "rules", "ruled"] + FrenchConjugation.forms(of: "exclure").map(\.0)
                            + ["descartar", "excluir"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) })
    /// `out` of `rule out`.
    static let outThat = of(["out"])
    /// Past forms of `asegurar`, `assurer`, `assure` (preterite, imperfect, participle): before
    /// `que`, `that` they report an assurance given.
    static let assuredPast = of(["assured"] + SpanishConjugation.forms(of: "asegurar").filter { ["ó", "aron", "aba", "aban", "ado"].contains(where: $0.0.hasSuffix) }.map(\.0)
                                + FrenchConjugation.forms(of: "assurer").filter { $0.1.contains(.participle) || $0.0 == "assura" || ["èrent", "ait", "aient"].contains(where: $0.0.hasSuffix) }.map(\.0))
    /// Chinese nouns of what a source gives (`数据`, `数字`, `统计`, `信息`, `资料`, `报告`): an
    /// agency that `提供的数据` is a source.
    static let chineseSourceNouns = ["数据", "数字", "统计", "信息", "资料", "报告", "消息", "估计"]
    /// Chinese `对`, `针对` (toward, on) before what someone else acts on.
    static let chineseToward: Set<String> = ["对", "针对"]
    /// Verbs of an effort's focus (`focuses on`, `is limited to`, `se concentrera sur`, `se
    /// centrará en`): before a marker of ``VerbGroup`` and a verb, that verb is the act.
    static let focusVerbs = of(["focus", "concentrate", "centre", "center", "limit"].flatMap(EnglishInflection.forms(of:)) + ["focussed", "focussing", "focusses"]
                               + ["concentrer", "focaliser", "centrer", "limiter"].flatMap { FrenchConjugation.forms(of: $0).map(\.0) }
                               + ["centrar", "concentrar", "enfocar", "focalizar", "limitar"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) })
    /// `à` and `de` before a French infinitive.
    static let frenchInfinitiveMarkers = of(["à", "de", "d'"])
    /// The titles of an agency's head (`High Commissioner`, `Haut Commissaire`, `Alto Comisionado`,
    /// `Executive Director`, `Directrice générale`): who gives the agency's support in its name.
    static let agencyHeads = of(["commissioner", "commissaire", "haut-commissaire", "comisionado", "comisionada",
                                 "director", "directora", "directeur", "directrice", "director-general", "directeur-général",
                                 "directrice-générale", "representative", "représentant", "représentante", "representante"])
    /// Chinese titles of an agency's head (see ``agencyHeads``).
    static let chineseAgencyHeads = ["高级专员", "署长", "执行主任", "总干事", "执行干事", "代表"]
    /// The noun of a reference that can only mean an agency (`the agency`, `l'agence`, `la
    /// agencia`, `cette agence`): it may refer to an agency named in an earlier paragraph under
    /// the same heading, where `the organization` and `it` may not.
    static let agencyNouns = of(agencyNounWords)
    private static let agencyNounWords = ["agency", "agence", "agencia", "l'agence"]
    /// ``agencyNouns`` as four keys, for a scan of every token of a sentence.
    static let agencyNounKeys: (UInt64, UInt64, UInt64, UInt64) = {
        let keys = agencyNounWords.map { TokenHash.hash(TokenHash.fold($0)) }
        return (keys[0], keys[1], keys[2], keys[3])
    }()
    /// `humanitarian` before or after `partners`: partners only so described are still the
    /// agency's partners (`UNHCR and humanitarian partners`, `les partenaires humanitaires`).
    static let humanitarian = of(["humanitarian", "humanitaires", "humanitarios"])
    /// What an agency gives: named after it (`WFP food assistance`, `UNHCR cash support`), or
    /// received from it (`recibieron información y orientación del ACNUR`).
    static let givenThings = of(["assistance", "aid", "support", "supplies", "items", "kits", "rations", "transfers", "grants", "vouchers",
                                 "services", "information", "counselling", "guidance", "cash", "food", "help",
                                 "aide", "appui", "soutien", "informations", "orientation", "conseils", "vivres", "secours",
                                 "asistencia", "ayuda", "apoyo", "servicios", "información", "orientación", "asesoría", "alimentos", "atención"])
    /// The agency's work named as a noun after its name (`UNICEF actions will aim to`, `the UNHCR
    /// response will reach`): it acts through them.
    static let workNouns = of(["actions", "activities", "efforts", "interventions", "response", "work", "programming"])
    /// An agency's `operations` (`UNHCR operations in Kakuma`), a subject like its staff.
    static let operations = of(["operations", "operation"])
    /// Report verbs that thank before a gratitude object: acknowledging, recognizing, commending and
    /// highlighting what others give or do (`acknowledges the generosity of donors`, `destacó los
    /// esfuerzos de los gobiernos`, `reconnaît l'engagement des autorités`), every form generated
    /// from the lemmas.
    static let acknowledge = of(["acknowledge", "recognize", "recognise", "commend", "highlight"].flatMap(EnglishInflection.forms(of:))
                                + ["reconnaître", "souligner"].flatMap { FrenchConjugation.forms(of: $0).map(\.0) }
                                + ["reconocer", "destacar", "resaltar", "elogiar"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) })
    /// What thanks are given for (`the contributions of`, `the generosity of`).
    static let gratitudeObjects = of(["contribution", "contributions", "generosity", "support", "efforts", "commitment", "dedication", "assistance",
                                      "générosité", "engagement", "soutien", "esfuerzos", "contribuciones", "generosidad", "compromiso", "apoyo", "labor"])
    /// Chinese `人道主义` and `人道` before `伙伴`, compared as text (a unit of several characters).
    static let chineseHumanitarian: Set<String> = ["人道主义", "人道"]
    /// The agency's role as the subject that opens a sentence (`IOM's role consists of`, `El rol de
    /// la OIM consiste en`, `El papel del ACNUR`, `Le rôle de l'OIM`): owned like its programme.
    static let ownedRoles = of(["role", "rol", "papel", "rôle"])
    /// Forms of the verbs that are acts only when reflexive (`s'occuper de`, `ocuparse de`: take
    /// care of; `le HCR occupe la présidence` is no act; `s'impliquer dans`, `involucrarse en`: take
    /// part in; `involucrar a las comunidades` is no act), from their conjugation; the enclitic
    /// Spanish forms (`ocuparse`, `involucrándose`) carry their reflexive and are left out.
    static let reflexiveOnlyActs: KeySet = {
        let forms = ["occuper", "impliquer"].flatMap { FrenchConjugation.forms(of: $0).map(\.0) }
            + ["ocupar", "involucrar"].flatMap { SpanishConjugation.forms(of: $0).map(\.0) }
        return of(forms.filter { !$0.hasSuffix("se") })
    }()
    /// French infinitive auxiliaries of a compound infinitive (`avoir aidé`, `être intervenu`).
    static let frenchInfinitiveAuxiliaries = of(["avoir", "être"])
    /// The Chinese perfective particle `了`: an unknown verb before it is a verb (`已经治愈了`).
    static let perfective = of(["了"])
    /// Articles before an agency's full name (`le Fonds des Nations Unies`, `l'Organisation`).
    static let articles = of(["le", "la", "l'", "les", "el", "los", "las", "the"])
    /// Forms of English `have`: as the only auxiliary, possession may follow.
    static let have = of(["has", "have", "had"])
    /// Chinese `等` (and others) before a collective: `红十字会等组织`.
    static let etc = of(["等"])
    /// `remain`, `stay`: a place and a gerund may follow (`remains on the ground delivering aid`).
    static let remain = of(["remain", "remains", "remained", "stay", "stays", "stayed"])
    /// Heads of coordination roles inside a role apposition (`lead`, `chef` de file).
    static let roleHeads = of(["lead", "chef"])
    /// Forms of `ver`/`voir` that, after a reflexive clitic, make a causative passive (`se verá
    /// obligado a`, `se vio forzada a`, `se voit contraint de`, `s'est vu contraint de`).
    static let see = of(["ve", "ven", "vio", "vieron", "verá", "verán", "vería", "verían", "veía", "veían", "visto", "vea", "vean",
                         "voit", "voient", "verra", "verront", "verrait", "verraient", "voyait", "voyaient", "vit", "virent", "vu", "vue", "vus", "vues"])
    /// Participles of an agency's own engagement after a copula (`est mobilisé dans la riposte`,
    /// `is engaged in the response`, `está movilizada en`): the agency at work, as a passive.
    static let engaged = of(["mobilisé", "mobilisée", "mobilisés", "mobilisées", "engagé", "engagée", "engagés", "engagées",
                             "mobilized", "mobilised", "engaged", "movilizado", "movilizada", "movilizados", "movilizadas"])
    /// Chinese date units after a number (`2025年`, `3月`).
    static let dateUnits = of(["年", "月", "日"])
    /// Recent-past markers that take an infinitive (`vient de débuter`, `acaba de iniciar`).
    static let recentPast = of(["vient", "viennent", "venait", "venaient", "acaba", "acaban", "acababa", "acababan"])
    /// Presence on the scene, after a copula or `remain` (`remains on the ground`, `est sur le
    /// terrain`, `est à pied d'œuvre`, `está sobre el terreno`): the agency is at work there.
    static let presence: [[UInt64]] = [["on", "the", "ground"], ["sur", "le", "terrain"], ["sur", "place"], ["à", "pied", "d'", "œuvre"],
                                       ["sobre", "el", "terreno"], ["en", "el", "terreno"]].map { $0.map { TokenHash.hash(TokenHash.fold($0)) } }

    /// The dative before an agency (`Al PMA le faltan`, `Il manque au PAM`, `à l'UNICEF`).
    static let dativeMarkers = of(["a", "al", "à", "au"])
    /// The Spanish dative clitic that doubles the agency (`Al PMA le faltan`).
    static let dativeClitics = of(["le", "les"])
    /// Verbs of lacking whose owner is a dative: every form of `faltar` and `manquer`, generated
    /// from the lemmas by the conjugations, and `falta` of `hacer falta`.
    static let lackWords = of(SpanishConjugation.forms(of: "faltar").map(\.0) + FrenchConjugation.forms(of: "manquer").map(\.0))
    /// `hacer` in `hacer falta`.
    static let make = of(["hace", "hacen", "hacía", "hacían", "hará", "harán", "haría", "harían"])
    /// The French impersonal subject (`il manque`).
    static let impersonal = of(["il"])
    /// `short of` (`WFP is short of $40 million`).
    static let short = of(["short"])
    static let ofWord = of(["of"])
    /// `of` and `from` after a staff noun (`a team from UNHCR`, `staff of IOM`).
    static let staffFrom = of(["of", "from"])
    /// A participle attaching a staff noun to its agency before `to` or `with` (`the Tindouf
    /// section attached to UNHCR`, `an office affiliated with IOM`).
    /// French `rattachée au HCR` and Spanish `adscrita al ACNUR` too.
    static let attached = of(["attached", "affiliated", "rattaché", "rattachée", "rattachés", "rattachées",
                              "adscrito", "adscrita", "adscritos", "adscritas"])
    /// `to` and `with` (`au`, `à`, `al`, `a`) after ``attached``.
    static let attachedTo = of(["to", "with", "au", "aux", "à", "al", "a"])
    /// `de`, `du`, `del` before an owner (`Les préparatifs du HCR`, `Los preparativos del ACNUR`).
    static let genitive = of(["de", "du", "del", "d'", "des"])
    /// Relative possessives (`dont le programme`, `whose programme`, `cuyo programa`).
    static let relativePossessives = of(["dont", "whose", "cuyo", "cuya", "cuyos", "cuyas"])
    /// French `dont`.
    static let dont = of(["dont"])
    /// French dative pronouns (`il lui faudra`).
    static let dativePronouns = of(["lui", "leur"])
    /// Forms of `falloir` (`il lui faut`, `il lui faudra`).
    static let needWords = of(["faut", "faudra", "faudrait", "fallait", "fallu"])
    /// `with` and its translations: a partner joined to the subject (`in partnership with`).
    static let with = of(["with", "avec", "con"])
    /// The first words of a companion marker (`junto a`, `junto con`, `together with`, `along
    /// with`, `alongside`): see ``Companion``.
    static let companionHeads = of(["junto", "together", "along", "alongside"])
    /// The second word of a companion marker written apart (`junto al`).
    static let companionLinks = of(["a", "al", "con", "with"])
    /// `aux côtés de` (alongside): its first two words.
    static let aux = of(["aux"])
    static let sides = of(["côtés"])
    /// `conjointement avec`, `conjuntamente con`, `jointly with`.
    static let jointly = of(["conjointement", "conjuntamente", "jointly"])
    /// The middle word of a three-word companion preposition (`en collaboration avec`, `en
    /// colaboración con`, `in partnership with`, `en coordinación con`).
    static let workingTogether = of(["partnership", "collaboration", "cooperation", "coordination", "partenariat", "coopération",
                                     "colaboración", "cooperación", "coordinación", "asociación"])
    /// The agency's mission or aim (``AgencyMission``); not its mandate (`mandat`, `mandato`).
    static let missions = of(["mission", "objective", "goal", "aim", "misión", "objetivo", "meta", "finalidad", "objectif", "but"])
    /// `ONG`, `NGO` right before an agency's name (`l'ONG Save the Children`): its classifier.
    static let ngo = of(["ong", "ngo"])
    /// Nouns of a site an agency finds for people to live on (`a site`, `un lugar`, `un terrain`):
    /// identifying one is choosing it, an act, not a count (``VerbGroup``).
    static let siteNouns = of(["site", "sites", "location", "locations", "land", "plot", "lugar", "lugares", "sitio", "sitios", "terreno", "terrenos",
                               "emplacement", "emplacements", "terrain", "terrains", "terres", "tierras"])
    /// Plural indefinite articles before an agency's staff as the agent (`par des médecins de l'OIM`).
    static let indefinitePlurals = of(["des", "unos", "unas", "some"])
    /// Spanish `donde` opening a relative clause of place (``VerbGroup``).
    static let relativeWhere = of(["donde"])
    /// Every form of `coordinate`, `coordonner`, `coordinar` (``VerbGroup``: coordinating to help).
    static let coordinateVerbs = of(["coordinate", "coordinates", "coordinated", "coordinating"]
                                    + FrenchConjugation.forms(of: "coordonner").map(\.0) + SpanishConjugation.forms(of: "coordinar").map(\.0))
    /// Every form of `help`, `aider`, `ayudar` (with its enclitic forms: `ayudarlas`).
    static let helpVerbs = of(["help", "helps", "helped", "helping"]
                              + FrenchConjugation.forms(of: "aider").map(\.0) + SpanishConjugation.forms(of: "ayudar").map(\.0))
}
