import PlanModel

extension Plan {
    /// The plan as an edition in `language` shows it: each chapter that has a translation into
    /// `language` (`chapter: translation`) takes that translation's text, title and language;
    /// every figure stays the original's. Chapters without one keep their own language (the
    /// documents say so under their heading).
    func translated(to language: String) -> Plan {
        func translation(of file: String) -> TranslatedText? {
            guard let byLanguage = translations[file] else { return nil }
            return byLanguage[language] ?? byLanguage.first { $0.key.lowercased() == language.lowercased() }?.value
        }
        var plan = self
        if let t = translation(of: overview.file) { plan.overview = t.narrative }
        if let foreword, let t = translation(of: foreword.narrative.file) {
            plan.foreword = Foreword(language: t.language, title: t.title, signedBy: foreword.signedBy, narrative: t.narrative)
        }
        for p in plan.places.indices {
            if let file = plan.places[p].narrative?.file, let t = translation(of: file) {
                plan.places[p].narrative = t.narrative
                plan.places[p].title = t.title
                plan.places[p].language = t.language
            }
            for s in plan.places[p].sectors.indices {
                if let t = translation(of: plan.places[p].sectors[s].narrative.file) {
                    plan.places[p].sectors[s].narrative = t.narrative
                    plan.places[p].sectors[s].language = t.language
                }
            }
        }
        return plan
    }
}
