/// Possession with a predicate adjective of readiness: the agency has goods ready (`El PMA tiene
/// listo un cargamento`, `La OIM tiene listos los albergues`, `WFP has a shipment of food
/// ready`). The goods are the agency's, prepared for its own distribution: its act.
enum ReadyResultative {
    /// Forms of `tener` and `have` that hold a resultative.
    static let have = Keys.of(["tiene", "tienen", "tenía", "tenían", "tendrá", "tendrán", "tuvo", "tuvieron", "has", "have", "had"])
    /// `listo` and `ready` in their genders and numbers.
    static let ready = Keys.of(["listo", "lista", "listos", "listas", "preparado", "preparada", "preparados", "preparadas", "ready"])

    /// An actor finding from the agency to the adjective, or `nil`.
    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language == "es" || s.language == "en", !g.isJoint, g.agencies.count == 1, !g.isObject(in: s) else { return nil }
        let h = Predicate.skipTransparent(from: g.end, in: s)
        guard s.isWord(h, have) else { return nil }
        if s.language == "es" {
            let a = Predicate.skipTransparent(from: h + 1, in: s)
            return s.isWord(a, ready) ? Finding(rule: .agencyAsActor, first: s.units[g.start].first, end: s.units[a].end) : nil
        }
        // English: the object between `has` and `ready`, in the same clause (`has a shipment of food ready`).
        var a = h + 1
        while a < s.count, a <= h + 8, !s.token(a).isClauseEnd, !s.token(a).isSentenceEnd, !s.has(a, [.verbForm, .auxiliary, .copula]) || s.isWord(a, ready) {
            if s.isWord(a, ready) { return a > h + 1 ? Finding(rule: .agencyAsActor, first: s.units[g.start].first, end: s.units[a].end) : nil }
            a += 1
        }
        return nil
    }
}
