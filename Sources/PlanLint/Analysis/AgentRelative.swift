/// An agency named as an agent (`par`, `by`, `por`) and then taken up by a relative pronoun is the
/// subject of the relative clause: `leur prise en charge par le HCR qui travaille avec le
/// gouvernement pour permettre leur retour`, `assisted by UNHCR, which distributes food`, `atendidos
/// por el ACNUR, que distribuye alimentos`. Only acts and the agency's voice are read: a relative
/// clause of data (`par le HCR qui a enregistré`) or coordination says nothing more, and another
/// preposition (`le soutien du HCR qui permet`: the support permits) is left alone.
enum AgentRelative {
    /// Relative pronouns that can be the subject of their clause.
    private static let relatives = Keys.of(["qui", "which", "who", "que", "quien", "quienes"])

    static func finding(_ g: AgencyGroup, in s: SentenceContext) -> Finding? {
        guard s.language != "zh", let b = g.before, s.has(b, .agentMarker), !g.isJoint, g.agencies.count == 1 else { return nil }
        let r = s.isComma(g.end) ? g.end + 1 : g.end
        guard s.isWord(r, relatives) else { return nil }
        switch Predicate.read(from: r + 1, in: s) {
        case .action(let v) where s.section != .coordination:
            return AgencyAnalyzer.finding(.agencyAsActor, g, through: v, s, fix: nil)
        case .advocacy(let v):
            return AgencyAnalyzer.finding(.agencyAdvocacy, g, through: v, s, fix: nil)
        default:
            return nil
        }
    }
}
