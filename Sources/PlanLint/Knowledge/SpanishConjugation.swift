/// Every form of a Spanish verb, generated from its infinitive and its conjugation class: `-ar`,
/// `-er`, `-ir`, with the spelling changes (`-car`, `-gar`, `-zar`, `-ger`/`-gir`, `-cer` after a
/// vowel, `-uir`), the stem changes marked in `verbs.json` (`cerrar:ie`, `contar:ue`,
/// `pedir:i`), the stressed `í`/`ú` of `enviar`, `evaluar`, and the irregular models below,
/// matched by the longest ending of the infinitive (`mantener` like `tener`).
///
/// Forms: present, preterite, imperfect, future, conditional, present and imperfect subjunctive,
/// gerund, past participle (four agreements), infinitive, and the infinitive and gerund with an
/// enclitic pronoun (`ayudarlos`, `pidiéndoles`). First person plural forms are also
/// ``WordClass/firstPerson``.
enum SpanishConjugation {
    struct Model {
        var present: [String]
        var preterite: [String]
        var future: String
        var subjunctive: String
        var gerund: String
        var participle: String
        var imperfect: [String]? = nil
        var subjunctiveForms: [String]? = nil
    }

    static func model(_ present: String, _ preterite: String, _ future: String, _ subj: String, _ gerund: String, _ participle: String, imperfect: String? = nil, subjunctiveForms: String? = nil) -> Model {
        func words(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }
        return Model(present: words(present), preterite: words(preterite), future: future, subjunctive: subj, gerund: gerund, participle: participle,
                     imperfect: imperfect.map(words), subjunctiveForms: subjunctiveForms.map(words))
    }

    static let models: [String: Model] = [
        "ser": model("soy eres es somos sois son", "fui fuiste fue fuimos fuisteis fueron", "ser", "se", "siendo", "sido", imperfect: "era eras era éramos erais eran", subjunctiveForms: "sea seas sea seamos seáis sean"),
        "estar": model("estoy estás está estamos estáis están", "estuve estuviste estuvo estuvimos estuvisteis estuvieron", "estar", "est", "estando", "estado", subjunctiveForms: "esté estés esté estemos estéis estén"),
        "haber": model("he has ha hemos habéis han", "hube hubiste hubo hubimos hubisteis hubieron", "habr", "hay", "habiendo", "habido"),
        "ir": model("voy vas va vamos vais van", "fui fuiste fue fuimos fuisteis fueron", "ir", "vay", "yendo", "ido", imperfect: "iba ibas iba íbamos ibais iban"),
        "dar": model("doy das da damos dais dan", "di diste dio dimos disteis dieron", "dar", "d", "dando", "dado", subjunctiveForms: "dé des dé demos deis den"),
        "tener": model("~tengo ~tienes ~tiene ~tenemos ~tenéis ~tienen", "~tuve ~tuviste ~tuvo ~tuvimos ~tuvisteis ~tuvieron", "~tendr", "~teng", "~teniendo", "~tenido"),
        "hacer": model("~hago ~haces ~hace ~hacemos ~hacéis ~hacen", "~hice ~hiciste ~hizo ~hicimos ~hicisteis ~hicieron", "~har", "~hag", "~haciendo", "~hecho"),
        "poner": model("~pongo ~pones ~pone ~ponemos ~ponéis ~ponen", "~puse ~pusiste ~puso ~pusimos ~pusisteis ~pusieron", "~pondr", "~pong", "~poniendo", "~puesto"),
        "decir": model("~digo ~dices ~dice ~decimos ~decís ~dicen", "~dije ~dijiste ~dijo ~dijimos ~dijisteis ~dijeron", "~dir", "~dig", "~diciendo", "~dicho"),
        "venir": model("~vengo ~vienes ~viene ~venimos ~venís ~vienen", "~vine ~viniste ~vino ~vinimos ~vinisteis ~vinieron", "~vendr", "~veng", "~viniendo", "~venido"),
        "ducir": model("~duzco ~duces ~duce ~ducimos ~ducís ~ducen", "~duje ~dujiste ~dujo ~dujimos ~dujisteis ~dujeron", "~ducir", "~duzc", "~duciendo", "~ducido"),
        "poder": model("puedo puedes puede podemos podéis pueden", "pude pudiste pudo pudimos pudisteis pudieron", "podr", "pued", "pudiendo", "podido", subjunctiveForms: "pueda puedas pueda podamos podáis puedan"),
        "saber": model("sé sabes sabe sabemos sabéis saben", "supe supiste supo supimos supisteis supieron", "sabr", "sep", "sabiendo", "sabido"),
        "ver": model("~veo ~ves ~ve ~vemos ~veis ~ven", "~vi ~viste ~vio ~vimos ~visteis ~vieron", "~ver", "~ve", "~viendo", "~visto", imperfect: "~veía ~veías ~veía ~veíamos ~veíais ~veían"),
        "traer": model("~traigo ~traes ~trae ~traemos ~traéis ~traen", "~traje ~trajiste ~trajo ~trajimos ~trajisteis ~trajeron", "~traer", "~traig", "~trayendo", "~traído"),
        "querer": model("quiero quieres quiere queremos queréis quieren", "quise quisiste quiso quisimos quisisteis quisieron", "querr", "quier", "queriendo", "querido", subjunctiveForms: "quiera quieras quiera queramos queráis quieran"),
    ]

    /// Models that are whole verbs, not endings (`conservar` is not `ser`, `prever` is `ver`).
    static let wholeWord: Set<String> = ["ser", "estar", "haber", "ir", "dar", "poder", "saber", "querer", "ver"]

    /// Irregular participles of otherwise regular verbs, by ending.
    static let participles: [String: String] = ["abrir": "abierto", "cubrir": "cubierto", "solver": "suelto", "volver": "vuelto", "scribir": "scrito", "romper": "roto", "morir": "muerto", "proveer": "provisto"]

    /// `-iar` and `-uar` verbs whose stressed `i`/`u` takes an accent (`envía`, `evalúa`).
    static let stressedGlide: Set<String> = ["enviar", "ampliar", "guiar", "confiar", "variar", "desviar", "reenviar", "evaluar", "actuar", "continuar", "situar", "graduar", "efectuar", "perpetuar", "insinuar"]

    static let clitics = ["lo", "la", "los", "las", "le", "les", "se", "nos"]

    /// The forms of `entry` (`cerrar:ie`) with their classes.
    static func forms(of entry: String) -> [(String, WordClass)] {
        let parts = entry.split(separator: ":").map(String.init)
        let infinitive = parts[0]
        let change = parts.count > 1 ? parts[1] : nil
        var out: [(String, WordClass)]
        let suffix = ConjugationModels.longestEnding(of: infinitive, in: models, wholeWord: wholeWord)
        if let suffix, let m = models[suffix] {
            out = conjugate(m, prefix: String(decoding: infinitive.utf8.dropLast(suffix.utf8.count), as: UTF8.self), infinitive: infinitive)
        } else {
            out = regular(infinitive, change: change)
        }
        // Enclitic pronouns on the infinitive and the gerund.
        // Each gerund accented once, not once a clitic.
        let gerunds = out.filter { $0.1.contains(.gerund) }.map { accentStem($0.0) }
        for clitic in clitics {
            out.append((infinitive + clitic, [.verbForm, .infinitive]))
            for g in gerunds { out.append((g + clitic, [.verbForm, .gerund])) }
        }
        return out
    }

    private static let finite: WordClass = .verbForm
    private static let future: WordClass = [.verbForm, .inflectedFuture]
    private static let we: WordClass = [.verbForm, .firstPerson]

    /// Person 4 (`nosotros`) is first person plural.
    private static func persons(_ forms: [String], _ cls: WordClass = finite) -> [(String, WordClass)] {
        forms.enumerated().map { ($0.element, $0.offset == 3 ? cls.union(.firstPerson) : cls) }
    }

    private static func conjugate(_ m: Model, prefix: String, infinitive: String) -> [(String, WordClass)] {
        func f(_ s: String) -> String { ConjugationModels.expand(s, prefix: prefix) }
        let ending = String(infinitive.suffix(2))
        var out: [(String, WordClass)] = [(infinitive, [.verbForm, .infinitive])]
        out += persons(m.present.map(f))
        out += persons(m.preterite.map(f))
        if let imperfect = m.imperfect {
            out += persons(imperfect.map(f))
        } else {
            let stem = String(infinitive.dropLast(2))
            out += persons((ending == "ar" ? ["aba", "abas", "aba", "ábamos", "abais", "aban"] : ["ía", "ías", "ía", "íamos", "íais", "ían"]).map { stem + $0 })
        }
        out += persons(["é", "ás", "á", "emos", "éis", "án"].map { f(m.future) + $0 }, future)
        out += persons(["ía", "ías", "ía", "íamos", "íais", "ían"].map { f(m.future) + $0 }, future)
        if let forms = m.subjunctiveForms {
            out += persons(forms.map(f))
        } else {
            let v = ending == "ar" ? "e" : "a"
            out += persons([v, v + "s", v, v + "mos", (v == "a" ? "áis" : "éis"), v + "n"].map { f(m.subjunctive) + $0 })
        }
        out += imperfectSubjunctive(f(m.preterite[5]))
        out.append((f(m.gerund), [.verbForm, .gerund]))
        out += agreements(f(m.participle))
        return out
    }

    /// `-ra` and `-se` imperfect subjunctive from the third person plural preterite (`fueron` ->
    /// `fuera`, `fuéramos`, `fuese`).
    static func imperfectSubjunctive(_ thirdPlural: String) -> [(String, WordClass)] {
        guard thirdPlural.hasSuffix("ron") else { return [] }
        let stem = String(thirdPlural.dropLast(3))
        let accented = accentLastVowel(stem)
        return persons(["ra", "ras", "ra", "ramos", "rais", "ran"].map { ($0 == "ramos" ? accented : stem) + $0 })
            + persons(["se", "ses", "se", "semos", "seis", "sen"].map { ($0 == "semos" ? accented : stem) + $0 })
    }

    static func agreements(_ p: String) -> [(String, WordClass)] {
        guard p.hasSuffix("o") else { return [(p, [.verbForm, .participle])] }
        let stem = p.dropLast()
        return [p, stem + "a", stem + "os", stem + "as"].map { (String($0), [.verbForm, .participle]) }
    }

    private static func regular(_ infinitive: String, change: String?) -> [(String, WordClass)] {
        let ending = String(infinitive.suffix(2))
        let stem = String(infinitive.dropLast(2))
        let ar = ending == "ar", ir = ending == "ir"
        // Spelling: the stem before e (qu, gu, c) and before a/o (j, zc, g, y).
        func beforeE(_ s: String) -> String {
            if s.hasSuffix("c") { return s.dropLast() + "qu" }
            if s.hasSuffix("g") { return s + "u" }
            if s.hasSuffix("z") { return s.dropLast() + "c" }
            return s
        }
        func beforeAO(_ s: String) -> String {
            if s.hasSuffix("gu"), ir { return String(s.dropLast()) }
            if s.hasSuffix("g") { return s.dropLast() + "j" }
            if s.hasSuffix("c"), let v = s.dropLast().last, "aeiou".contains(v) { return s.dropLast() + "zc" }
            if s.hasSuffix("u"), ir { return s + "y" }
            return s
        }
        let vowelStem = !ar && (stem.hasSuffix("u") || stem.hasSuffix("e") || stem.hasSuffix("a")) && !stem.hasSuffix("gu")
        // Stressed stem (stem change, accented glide).
        var strong = stem
        if let change {
            strong = stemChange(stem, change)
        } else if stressedGlide.contains(infinitive) {
            strong = accentLastVowel(stem)
        }
        // -ir verbs with e->i / e->ie / o->ue change the stem to i / u when the ending is unstressed
        // and has a diphthong or a (pidió, pidamos, pidiendo, durmió).
        let weak: String = ir && change != nil ? stemChange(stem, change == "ue" ? "u" : "i") : stem
        var out: [(String, WordClass)] = [(infinitive, [.verbForm, .infinitive])]
        // Present.
        let presentEndings = ar ? ["o", "as", "a", "amos", "áis", "an"] : ir ? ["o", "es", "e", "imos", "ís", "en"] : ["o", "es", "e", "emos", "éis", "en"]
        var present: [String] = []
        for (i, e) in presentEndings.enumerated() {
            let base = [0, 1, 2, 5].contains(i) ? strong : stem
            if i == 0, !ar { present.append(beforeAO(base) + e) }
            else if !ar, base.hasSuffix("u"), ir, !base.hasSuffix("gu"), [1, 2, 5].contains(i) { present.append(base + "y" + e) }
            else { present.append(base + e) }
        }
        out += persons(present)
        // Preterite.
        var preterite: [String]
        if ar {
            preterite = [beforeE(stem) + "é", stem + "aste", stem + "ó", stem + "amos", stem + "asteis", stem + "aron"]
        } else if vowelStem {
            preterite = [stem + "í", stem + "íste", stem + "yó", stem + "ímos", stem + "ísteis", stem + "yeron"]
            if stem.hasSuffix("u") { preterite = [stem + "í", stem + "iste", stem + "yó", stem + "imos", stem + "isteis", stem + "yeron"] }
        } else {
            preterite = [stem + "í", stem + "iste", weak + "ió", stem + "imos", stem + "isteis", weak + "ieron"]
        }
        out += persons(preterite)
        // Imperfect.
        out += persons((ar ? ["aba", "abas", "aba", "ábamos", "abais", "aban"] : ["ía", "ías", "ía", "íamos", "íais", "ían"]).map { stem + $0 })
        // Future and conditional.
        out += persons(["é", "ás", "á", "emos", "éis", "án"].map { infinitive + $0 }, future)
        out += persons(["ía", "ías", "ía", "íamos", "íais", "ían"].map { infinitive + $0 }, future)
        // Present subjunctive.
        let v = ar ? "e" : "a"
        let subjStrong = ar ? beforeE(strong) : beforeAO(strong)
        let subjWeak = ar ? beforeE(stem) : beforeAO(weak)
        out += persons([subjStrong + v, subjStrong + v + "s", subjStrong + v, subjWeak + v + "mos", subjWeak + (ar ? "éis" : "áis"), subjStrong + v + "n"])
        out += imperfectSubjunctive(preterite[5])
        // Gerund and participle.
        let gerund = ar ? stem + "ando" : (vowelStem ? stem + "yendo" : weak + "iendo")
        out.append((gerund, [.verbForm, .gerund]))
        if let irregular = participles.first(where: { infinitive.hasSuffix($0.key) }) {
            out += agreements(String(infinitive.dropLast(irregular.key.count)) + irregular.value)
        } else {
            out += agreements(stem + (ar ? "ado" : (vowelStem && !stem.hasSuffix("u") ? "ído" : "ido")))
        }
        return out
    }

    /// Changes the last `e` (to `ie` or `i`) or `o` (to `ue` or `u`) of a stem. On UTF-8 bytes:
    /// the vowels are ASCII, and no byte of another letter's sequence is ASCII.
    static func stemChange(_ stem: String, _ change: String) -> String {
        let target = UInt8(ascii: change == "ue" || change == "u" ? "o" : "e")
        let bytes = Array(stem.utf8)
        guard let i = bytes.lastIndex(of: target) else { return stem }
        return String(decoding: bytes[..<i] + Array(change.utf8) + bytes[(i + 1)...], as: UTF8.self)
    }

    /// The stem with an accent on its last vowel (`envi` -> `enví`, `fue` -> `fué`), on UTF-8
    /// bytes (`á` is C3 A1, and so on).
    static func accentLastVowel(_ s: String) -> String {
        let bytes = Array(s.utf8)
        guard let i = bytes.lastIndex(where: { accentedSecondByte($0) != nil }), let second = accentedSecondByte(bytes[i]) else { return s }
        return String(decoding: bytes[..<i] + [0xC3, second] + bytes[(i + 1)...], as: UTF8.self)
    }

    /// The second UTF-8 byte of the acute-accented form of the vowel `byte` (all start with C3).
    private static func accentedSecondByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a"): 0xA1
        case UInt8(ascii: "e"): 0xA9
        case UInt8(ascii: "i"): 0xAD
        case UInt8(ascii: "o"): 0xB3
        case UInt8(ascii: "u"): 0xBA
        default: nil
        }
    }

    /// A gerund ready for an enclitic: `pidiendo` -> `pidiéndo`, `ayudando` -> `ayudándo`.
    static func accentStem(_ gerund: String) -> String {
        guard gerund.hasSuffix("ndo") else { return gerund }
        return accentLastVowel(String(gerund.dropLast(3))) + "ndo"
    }
}
