/// `难民署与政府紧密合作，为难民提供援助`, `培幼会与多个机构及政府合作，为...提供`: `与` (and; with)
/// between the agency and the partner of a cooperation (`合作`, `协作`) without `共同` is `with`:
/// the agency acts, helped by those it cooperates with (the rounds' convention for
/// `与相关国家政府合作`). `难民署与政府共同合作` and `难民署与政府签署协议` stay joint subjects.
enum ChineseCooperation {
    private static let with: Set<String> = Set(["与", "同"].map(HanziFold.fold))
    private static let cooperation = ["合作", "协作", "協作"]
    private static let together = ["共同", "一起", "一道", "联合"].map(HanziFold.fold)

    /// The separator at `j` is `与` and a cooperation verb follows the partner, with no `together`
    /// and no comma or other verb first.
    static func isWith(_ j: Int, in s: SentenceContext) -> Bool {
        guard s.language == "zh", with.contains(s.hanziWord(j)) else { return false }
        var q = j + 1
        while q < s.count, q <= j + 12, !s.isComma(q), !s.token(q).isSentenceEnd {
            let word = s.hanziWord(q)
            if together.contains(where: { word.hasPrefix($0) }) { return false }
            if cooperation.contains(where: { word.hasPrefix($0) }) { return q > j + 1 }
            q += 1
        }
        return false
    }
}
