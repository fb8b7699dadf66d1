import PlanModel

/// Age breakdowns (`0-4 18%, 5-11 20%, 60+ 5%`) and sex splits (`female 56%, male 44%`).
enum DemographicsLiteral {
    static let ageID = DSLRules.invalidAgeBreakdown
    static let sexID = DSLRules.invalidSexSplit

    /// Brackets in ascending order, without overlaps. Whether the shares add up is the
    /// compiler's concern.
    static func age(_ bytes: LiteralBytes) -> Parsed<[AgeShare]> {
        let items: [LiteralBytes]
        switch CommaList.split(bytes) {
        case .success(let i): items = i
        case .failure(let f): return .failure(f)
        }
        var shares: [AgeShare] = []
        // Each share's canonical percentage (`nil`: as written). The list is written canonically
        // when every bracket and share is, with no spaces around it and ", " between items.
        var percents: [String?] = []
        percents.reserveCapacity(items.count)
        var asWritten = bytes.trimmed.count == bytes.count
        for (k, item) in items.enumerated() {
            guard let space = item.firstIndex(of: 0x20) else {
                return .failure(LiteralFailure(ageID, item.startIndex, item.endIndex, "Write each age share as 'bracket percentage', as in '0-4 18%'"))
            }
            let bracketBytes = item[..<space]
            guard let bracket = bracket(bracketBytes) else {
                return .failure(LiteralFailure(ageID, bracketBytes.startIndex, bracketBytes.endIndex, "Expected an age bracket such as '0-4' or '60+'"))
            }
            if let previous = shares.last?.bracket, bracket.lower <= (previous.upper ?? Int.max) {
                return .failure(LiteralFailure(ageID, bracketBytes.startIndex, bracketBytes.endIndex, "Age bracket \(bracket) overlaps or comes before \(previous): list brackets from youngest to oldest without overlaps"))
            }
            switch PercentLiteral.parse(item[(space + 1)...], maximum: 100) {
            case .value(let p, let c):
                shares.append(AgeShare(bracket: bracket, share: p))
                percents.append(c)
                asWritten = asWritten && c == nil && hasNoLeadingZero(bracketBytes)
                    && (k == 0 || (item.startIndex == items[k - 1].endIndex + 2 && bytes[item.startIndex - 1] == 0x20))
            case .failure(var f):
                if f.rule.id == PercentLiteral.id.id { f.rule = ageID }  // a figure out of range keeps its own rule
                return .failure(f)
            }
        }
        if asWritten { return .value(shares, canonical: nil) }
        var canonical: [String] = []
        for (k, item) in items.enumerated() {
            let percent = percents[k] ?? item[(item.firstIndex(of: 0x20)! + 1)...].text
            canonical.append("\(shares[k].bracket) \(percent)")
        }
        return .value(shares, canonical: canonical.joined(separator: ", "))
    }

    static func sex(_ bytes: LiteralBytes) -> Parsed<SexSplit> {
        let items: [LiteralBytes]
        switch CommaList.split(bytes) {
        case .success(let i): items = i
        case .failure(let f): return .failure(f)
        }
        var female: (Percent, String)?
        var male: (Percent, String)?
        for item in items {
            let space = item.firstIndex(of: 0x20) ?? item.endIndex
            let word = item[..<space].text
            guard word == "female" || word == "male" else {
                let near = NearMiss.suggestion(for: word, in: ["female", "male"])
                return .failure(LiteralFailure(sexID, item.startIndex, space, "Expected 'female' or 'male'" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                                               replace: near.map { .init(start: item.startIndex, end: space, text: $0) }))
            }
            if (word == "female" ? female : male) != nil {
                return .failure(LiteralFailure(sexID, item.startIndex, space, "'\(word.excerpt)' is given twice"))
            }
            switch PercentLiteral.parse(item[min(space + 1, item.endIndex)...], maximum: 100) {
            case .value(let p, let c):
                let spelled = c ?? item[min(space + 1, item.endIndex)...].text
                if word == "female" { female = (p, spelled) } else { male = (p, spelled) }
            case .failure(var f):
                if f.rule.id == PercentLiteral.id.id { f.rule = sexID }
                return .failure(f)
            }
        }
        guard let female, let male else {
            let missing = female == nil ? "female" : "male"
            return .failure(LiteralFailure(sexID, bytes.trimmed.startIndex, bytes.trimmed.endIndex, "Give both shares: '\(missing)' is missing, as in 'female 56%, male 44%'"))
        }
        return .value(SexSplit(female: female.0, male: male.0), canonical: "female \(female.1), male \(male.1)")
    }

    /// Whether no number in `s` (a bracket such as `0-4`) is written with a leading zero.
    static func hasNoLeadingZero(_ s: LiteralBytes) -> Bool {
        var j = s.startIndex
        while j < s.endIndex {
            if s[j] == 0x30, j == s.startIndex || !DigitGroups.isDigit(s[j - 1]), j + 1 < s.endIndex, DigitGroups.isDigit(s[j + 1]) { return false }
            j += 1
        }
        return true
    }

    /// `0-4` or `60+`.
    static func bracket(_ s: LiteralBytes) -> AgeBracket? {
        if s.last == UInt8(ascii: "+") {
            let digits = s.dropLast()
            guard digits.isDigits, digits.count <= 3, let lower = Int(digits.text) else { return nil }
            return AgeBracket(lower: lower, upper: nil)
        }
        let parts = s.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.isDigits && $0.count <= 3 }),
              let lower = Int(parts[0].text), let upper = Int(parts[1].text), lower <= upper else { return nil }
        return AgeBracket(lower: lower, upper: upper)
    }
}
