/// A Chinese paragraph that names an agency's spokesperson or head (`难民署发言人爱德华兹`) and then
/// the person by name alone (`爱德华兹表示现正与当地政府合作`): what the person reports without a
/// subject of its own is the agency's work, as after the agency's name. Only the reported clause
/// counts: the person's own doings (`爱德华兹在日内瓦举行记者会`) are not the agency's.
enum Spokesperson {
    /// The name after an agency and a title of ``Keys/chineseTitles`` in a Chinese sentence's
    /// units (`难民署发言人爱德华兹表示`): two to six characters the lexicon does not know, ended by
    /// a word it knows or a mark. `nil` when the sentence names no such person.
    static func name(in units: [Unit], tokens: [Token], prose: ProseText) -> String? {
        // The first character of a title, by its hash, before any text is decoded.
        guard let a = units.indices.first(where: { units[$0].agency != nil && $0 + 1 < units.count && Keys.chineseTitleStarts.contains(tokens[units[$0 + 1].first].key) }) else { return nil }
        // The title: one to three units after the agency whose text is a title.
        var title = ""
        var u = a + 1
        while u < units.count, u <= a + 3 {
            title += text(units[u], tokens, prose)
            u += 1
            if Keys.chineseTitles.contains(HanziFold.fold(title)) { break }
        }
        guard Keys.chineseTitles.contains(HanziFold.fold(title)) else { return nil }
        var name = ""
        var n = 0
        while u < units.count, n < 6, units[u].classes.isEmpty, units[u].agency == nil, tokens[units[u].first].kind == .han {
            name += text(units[u], tokens, prose)
            n += 1
            u += 1
        }
        return n >= 2 && n < 6 ? name : nil
    }

    /// How many units at the start of the sentence spell `name` (0 when it does not open with it).
    static func units(spelling name: String, _ units: [Unit], tokens: [Token], prose: ProseText) -> Int {
        var spelled = ""
        var u = 0
        while u < units.count, spelled.count < name.count {
            spelled += text(units[u], tokens, prose)
            u += 1
        }
        return spelled == name ? u : 0
    }

    /// Whether the sentence's first tokens spell `name` (compared before the sentence is annotated).
    static func opens(_ range: Range<Int>, with name: String, tokens: [Token], prose: ProseText) -> Bool {
        var spelled = ""
        var i = range.lowerBound
        while i < range.upperBound, spelled.count < name.count, tokens[i].kind == .han {
            spelled += prose.text(tokens[i])
            i += 1
        }
        return spelled == name
    }

    /// The finding for a sentence that opens with the agency's spokesperson's name (its first
    /// `s.speaker` units) and a reporting verb: the reported clause read as the agency's.
    static func finding(in s: SentenceContext) -> Finding? {
        let r = s.speaker
        guard r > 0, s.language == "zh", s.has(r, .report) else { return nil }
        switch ChinesePredicate.read(from: r, in: s) {
        case .action(let v): return Finding(rule: .agencyAsActor, first: s.units[0].first, end: s.units[max(v, r)].end)
        case .support(let v) where s.section != .coordination: return Finding(rule: .agencyAsActor, first: s.units[0].first, end: s.units[max(v, r)].end)
        case .funding(let v) where s.units.indices.contains(where: { s.isMoney($0) }): return Finding(rule: .agencyFunding, first: s.units[0].first, end: s.units[max(v, r)].end)
        default: return nil
        }
    }

    private static func text(_ unit: Unit, _ tokens: [Token], _ prose: ProseText) -> String {
        var out = ""
        for i in unit.first..<unit.end { out += prose.text(tokens[i]) }
        return out
    }
}
