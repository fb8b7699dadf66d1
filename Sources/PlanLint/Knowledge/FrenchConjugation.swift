/// Every form of a French verb, generated from its infinitive and its conjugation class: the
/// first group (`-er`, with the spelling changes of `-cer`, `-ger`, `e`/`é` + consonant, `-eler`,
/// `-eter`, `-yer`), the second group (`-ir`, `-iss-`) and the third-group models below, matched by
/// the longest ending of the infinitive (`permettre` is conjugated like `mettre`).
///
/// Forms: present, imperfect, simple past, future, conditional, present and imperfect
/// subjunctive, past participle (four agreements), present participle, infinitive.
enum FrenchConjugation {
    /// A third-group model. `~` stands for the infinitive without the model's ending.
    struct Model {
        var present: [String]
        var imperfect: String
        /// Simple past stem with its vowel (`mi` -> `mis`, `mit`, `mîmes`, `mirent`).
        var simplePast: String
        var future: String
        /// Subjunctive stems: singular and third plural, first and second plural.
        var subjunctive: (String, String)
        var participle: String
        var gerund: String
        /// Six explicit subjunctive forms (`être`, `avoir`).
        var subjunctiveForms: [String]? = nil
        /// A first-group simple past (`aller`: `allai`, `alla`).
        var firstGroupPast = false
    }

    static func model(_ present: String, _ imperfect: String, _ simple: String, _ future: String, _ subj: String, _ participle: String, _ gerund: String, subjunctiveForms: String? = nil, firstGroupPast: Bool = false) -> Model {
        let s = subj.split(separator: " ").map(String.init)
        return Model(present: present.split(separator: " ").map(String.init), imperfect: imperfect, simplePast: simple, future: future,
                     subjunctive: (s[0], s.count > 1 ? s[1] : s[0]), participle: participle, gerund: gerund,
                     subjunctiveForms: subjunctiveForms?.split(separator: " ").map(String.init), firstGroupPast: firstGroupPast)
    }

    /// Third-group models by infinitive ending.
    static let models: [String: Model] = [
        "être": model("suis es est sommes êtes sont", "ét", "fu", "ser", "soi soy", "été", "étant", subjunctiveForms: "sois sois soit soyons soyez soient"),
        "avoir": model("ai as a avons avez ont", "av", "eu", "aur", "ai ay", "eu", "ayant", subjunctiveForms: "aie aies ait ayons ayez aient"),
        "aller": model("vais vas va allons allez vont", "all", "all", "ir", "aill all", "allé", "allant", firstGroupPast: true),
        "faire": model("~fais ~fais ~fait ~faisons ~faites ~font", "~fais", "~fi", "~fer", "~fass", "~fait", "~faisant"),
        "dire": model("~dis ~dis ~dit ~disons ~dites ~disent", "~dis", "~di", "~dir", "~dis", "~dit", "~disant"),
        "mettre": model("~mets ~mets ~met ~mettons ~mettez ~mettent", "~mett", "~mi", "~mettr", "~mett", "~mis", "~mettant"),
        "prendre": model("~prends ~prends ~prend ~prenons ~prenez ~prennent", "~pren", "~pri", "~prendr", "~prenn ~pren", "~pris", "~prenant"),
        "venir": model("~viens ~viens ~vient ~venons ~venez ~viennent", "~ven", "~vin", "~viendr", "~vienn ~ven", "~venu", "~venant"),
        "tenir": model("~tiens ~tiens ~tient ~tenons ~tenez ~tiennent", "~ten", "~tin", "~tiendr", "~tienn ~ten", "~tenu", "~tenant"),
        "voir": model("~vois ~vois ~voit ~voyons ~voyez ~voient", "~voy", "~vi", "~verr", "~voi ~voy", "~vu", "~voyant"),
        "prévoir": model("~prévois ~prévois ~prévoit ~prévoyons ~prévoyez ~prévoient", "~prévoy", "~prévi", "~prévoir", "~prévoi ~prévoy", "~prévu", "~prévoyant"),
        "pouvoir": model("peux peux peut pouvons pouvez peuvent", "pouv", "pu", "pourr", "puiss", "pu", "pouvant"),
        "vouloir": model("veux veux veut voulons voulez veulent", "voul", "voulu", "voudr", "veuill voul", "voulu", "voulant"),
        "devoir": model("dois dois doit devons devez doivent", "dev", "du", "devr", "doiv dev", "dû", "devant"),
        "mouvoir": model("~meus ~meus ~meut ~mouvons ~mouvez ~meuvent", "~mouv", "~mu", "~mouvr", "~meuv ~mouv", "~mu", "~mouvant"),
        "savoir": model("sais sais sait savons savez savent", "sav", "su", "saur", "sach", "su", "sachant"),
        "cevoir": model("~çois ~çois ~çoit ~cevons ~cevez ~çoivent", "~cev", "~çu", "~cevr", "~çoiv ~cev", "~çu", "~cevant"),
        "vrir": model("~vre ~vres ~vre ~vrons ~vrez ~vrent", "~vr", "~vri", "~vrir", "~vr", "~vert", "~vrant"),
        "frir": model("~fre ~fres ~fre ~frons ~frez ~frent", "~fr", "~fri", "~frir", "~fr", "~fert", "~frant"),
        "uire": model("~uis ~uis ~uit ~uisons ~uisez ~uisent", "~uis", "~uisi", "~uir", "~uis", "~uit", "~uisant"),
        "indre": model("~ins ~ins ~int ~ignons ~ignez ~ignent", "~ign", "~igni", "~indr", "~ign", "~int", "~ignant"),
        "dre": model("~ds ~ds ~d ~dons ~dez ~dent", "~d", "~di", "~dr", "~d", "~du", "~dant"),
        "soudre": model("~sous ~sous ~sout ~solvons ~solvez ~solvent", "~solv", "~solu", "~soudr", "~solv", "~solu", "~solvant"),
        "aître": model("~ais ~ais ~aît ~aissons ~aissez ~aissent", "~aiss", "~u", "~aîtr", "~aiss", "~u", "~aissant"),
        "suivre": model("~suis ~suis ~suit ~suivons ~suivez ~suivent", "~suiv", "~suivi", "~suivr", "~suiv", "~suivi", "~suivant"),
        "vivre": model("~vis ~vis ~vit ~vivons ~vivez ~vivent", "~viv", "~vécu", "~vivr", "~viv", "~vécu", "~vivant"),
        "crire": model("~cris ~cris ~crit ~crivons ~crivez ~crivent", "~criv", "~crivi", "~crir", "~criv", "~crit", "~crivant"),
        "battre": model("~bats ~bats ~bat ~battons ~battez ~battent", "~batt", "~batti", "~battr", "~batt", "~battu", "~battant"),
        "quérir": model("~quiers ~quiers ~quiert ~quérons ~quérez ~quièrent", "~quér", "~qui", "~querr", "~quièr ~quér", "~quis", "~quérant"),
        "courir": model("~cours ~cours ~court ~courons ~courez ~courent", "~cour", "~couru", "~courr", "~cour", "~couru", "~courant"),
        "cueillir": model("~cueille ~cueilles ~cueille ~cueillons ~cueillez ~cueillent", "~cueill", "~cueilli", "~cueiller", "~cueill", "~cueilli", "~cueillant"),
        "servir": model("~sers ~sers ~sert ~servons ~servez ~servent", "~serv", "~servi", "~servir", "~serv", "~servi", "~servant"),
        "partir": model("~pars ~pars ~part ~partons ~partez ~partent", "~part", "~parti", "~partir", "~part", "~parti", "~partant"),
        "sortir": model("~sors ~sors ~sort ~sortons ~sortez ~sortent", "~sort", "~sorti", "~sortir", "~sort", "~sorti", "~sortant"),
        "sentir": model("~sens ~sens ~sent ~sentons ~sentez ~sentent", "~sent", "~senti", "~sentir", "~sent", "~senti", "~sentant"),
        "clure": model("~clus ~clus ~clut ~cluons ~cluez ~cluent", "~clu", "~clu", "~clur", "~clu", "~clu", "~cluant"),
        "fuir": model("~fuis ~fuis ~fuit ~fuyons ~fuyez ~fuient", "~fuy", "~fui", "~fuir", "~fui ~fuy", "~fui", "~fuyant"),
        "croire": model("crois crois croit croyons croyez croient", "croy", "cru", "croir", "croi croy", "cru", "croyant"),
        "lire": model("~lis ~lis ~lit ~lisons ~lisez ~lisent", "~lis", "~lu", "~lir", "~lis", "~lu", "~lisant"),
        "valoir": model("~vaux ~vaux ~vaut ~valons ~valez ~valent", "~val", "~valu", "~vaudr", "~vaill ~val", "~valu", "~valant"),
    ]

    /// Models that are whole verbs, not endings (`installer` is not conjugated like `aller`).
    static let wholeWord: Set<String> = ["être", "avoir", "aller", "pouvoir", "vouloir", "devoir", "savoir", "croire"]

    /// First-group verbs whose `e` + `l`/`t` doubles the consonant (`appelle`, `jette`).
    static let doubling: Set<String> = ["appeler", "rappeler", "interpeller", "jeter", "projeter", "rejeter", "épeler", "renouveler"]

    /// The forms of `infinitive` with their classes (``WordClass/verbForm`` plus participle,
    /// infinitive, gerund or ``WordClass/inflectedFuture``).
    static func forms(of infinitive: String) -> [(String, WordClass)] {
        let suffix = ConjugationModels.longestEnding(of: infinitive, in: models, wholeWord: wholeWord)
        if let suffix, let m = models[suffix] {
            return conjugate(m, prefix: String(decoding: infinitive.utf8.dropLast(suffix.utf8.count), as: UTF8.self), infinitive: infinitive)
        }
        if infinitive.hasSuffix("er") { return firstGroup(infinitive) }
        if infinitive.hasSuffix("ir") { return secondGroup(infinitive) }
        return [(infinitive, [.verbForm, .infinitive])]
    }

    private static let finite: WordClass = .verbForm
    private static let future: WordClass = [.verbForm, .inflectedFuture]

    private static func conjugate(_ m: Model, prefix: String, infinitive: String) -> [(String, WordClass)] {
        func f(_ s: String) -> String { ConjugationModels.expand(s, prefix: prefix) }
        var out: [(String, WordClass)] = [(infinitive, [.verbForm, .infinitive])]
        out += m.present.map { (f($0), finite) }
        out += ["ais", "ais", "ait", "ions", "iez", "aient"].map { (f(m.imperfect) + $0, finite) }
        if m.firstGroupPast {
            out += ["ai", "as", "a", "âmes", "âtes", "èrent"].map { (f(m.simplePast) + $0, finite) }
            out += ["asse", "asses", "ât", "assions", "assiez", "assent"].map { (f(m.simplePast) + $0, finite) }
        } else {
            let stem = f(m.simplePast)
            let hat = circumflex(stem)
            out += [(stem + "s", finite), (stem + "t", finite), (hat + "mes", finite), (hat + "tes", finite), (stem + "rent", finite)]
            out += [(stem + "sse", finite), (stem + "sses", finite), (hat + "t", finite), (stem + "ssions", finite), (stem + "ssiez", finite), (stem + "ssent", finite)]
        }
        out += ["ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient"].map { (f(m.future) + $0, future) }
        if let forms = m.subjunctiveForms {
            out += forms.map { (f($0), finite) }
        } else {
            out += ["e", "es", "ent"].map { (f(m.subjunctive.0) + $0, finite) }
            out += ["ions", "iez"].map { (f(m.subjunctive.1) + $0, finite) }
        }
        out += participles(f(m.participle))
        out.append((f(m.gerund), [.verbForm, .gerund]))
        return out
    }

    /// `mis`, `mise`, `mis`, `mises`; `fait`, `faite`, `faits`, `faites`.
    static func participles(_ p: String) -> [(String, WordClass)] {
        let plural = p.hasSuffix("s") || p.hasSuffix("x") ? p : p + "s"
        return [p, p + "e", plural, p + "es"].map { ($0, [.verbForm, .participle]) }
    }

    /// The stem with a circumflex on its last vowel (`mi` -> `mî`, `fu` -> `fû`, `vin` -> `vîn`).
    static func circumflex(_ stem: String) -> String {
        var chars = Array(stem)
        guard let i = chars.lastIndex(where: { "aiuo".contains($0) }) else { return stem }
        chars[i] = ["a": "â", "i": "î", "u": "û", "o": "ô"][chars[i]] ?? chars[i]
        return String(chars)
    }

    private static func firstGroup(_ infinitive: String) -> [(String, WordClass)] {
        let stem = String(infinitive.dropLast(2))
        // Before a and o: ç, ge.
        let soft = stem.hasSuffix("c") ? String(stem.dropLast()) + "ç" : stem.hasSuffix("g") ? stem + "e" : stem
        // The stem of the forms stressed on the stem (je, tu, il, ils, subjunctive singular).
        var strong = stem
        var futureStem = infinitive
        if doubling.contains(where: { infinitive.hasSuffix($0) }) {
            strong = stem + String(stem.last!)
            futureStem = strong + "er"
        } else if stem.hasSuffix("oy") || stem.hasSuffix("uy") {
            strong = String(stem.dropLast()) + "i"
            futureStem = infinitive.hasSuffix("envoyer") ? String(infinitive.dropLast(7)) + "enverr" : strong + "er"
        } else if let e = stemVowel(stem) {
            var chars = Array(stem)
            let grave = chars[e] == "e"
            chars[e] = "è"
            strong = String(chars)
            if grave { futureStem = strong + "er" }
        }
        var out: [(String, WordClass)] = [(infinitive, [.verbForm, .infinitive])]
        out += [(strong + "e", finite), (strong + "es", finite), (soft + "ons", finite), (stem + "ez", finite), (strong + "ent", finite)]
        out += [(soft + "ais", finite), (soft + "ait", finite), (stem + "ions", finite), (stem + "iez", finite), (soft + "aient", finite)]
        out += [(soft + "ai", finite), (soft + "as", finite), (soft + "a", finite), (soft + "âmes", finite), (soft + "âtes", finite), (stem + "èrent", finite)]
        out += [(soft + "asse", finite), (soft + "asses", finite), (soft + "ât", finite), (soft + "assions", finite), (soft + "assiez", finite), (soft + "assent", finite)]
        var futures = [futureStem]
        if futureStem != infinitive { futures.append(infinitive) }
        for f in futures { out += ["ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient"].map { (f + $0, future) } }
        out += participles(stem + "é")
        out.append((soft + "ant", [.verbForm, .gerund]))
        return out
    }

    /// The index of the stem's last vowel when it is `e` or `é` followed by one consonant or by a
    /// consonant and `l` or `r` (`lev`, `gér`, `protég`, `réitér`, `célébr`, `régl`); `nil`
    /// otherwise, so that `commenc`, `présent`, `héberg` and `exerc` keep their `e` (`commence`,
    /// `présente`).
    static func stemVowel(_ stem: String) -> Int? {
        let chars = Array(stem)
        guard let i = chars.lastIndex(where: { "aeiouyéèêâîôû".contains($0) }), i < chars.count - 1, i > 0 else { return nil }
        guard chars[i] == "e" || chars[i] == "é" else { return nil }
        let coda = chars[(i + 1)...]
        guard coda.count == 1 || coda.count == 2 && "lr".contains(coda.last!) && !"lr".contains(coda.first!) else { return nil }
        // `ai`, `ei`, `ou` diphthongs and a stem that is only `e` + one letter are left alone.
        if "aeiou".contains(chars[i - 1]) { return nil }
        return i
    }

    private static func secondGroup(_ infinitive: String) -> [(String, WordClass)] {
        let stem = String(infinitive.dropLast(2))
        var out: [(String, WordClass)] = [(infinitive, [.verbForm, .infinitive])]
        out += ["is", "it", "issons", "issez", "issent"].map { (stem + $0, finite) }
        out += ["issais", "issait", "issions", "issiez", "issaient"].map { (stem + $0, finite) }
        out += ["îmes", "îtes", "irent", "isse", "isses", "ît", "issent"].map { (stem + $0, finite) }
        out += ["ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient"].map { (infinitive + $0, future) }
        out += participles(stem + "i")
        out.append((stem + "issant", [.verbForm, .gerund]))
        return out
    }
}
