import PlanModel

/// The regional sector summaries: one block per sector across the plan's places, as published
/// regional plans give them (requirements by country, appealing partners, people targeted).
///
/// Each block: `{anchor, name, code, total, share, placeCount (countries), partnerCount, partnerList,
/// rows: [{place, amount, share}], hasRows, displacedTargeted, hasDisplacedTargeted, hostTargeted, hasHostTargeted}`.
/// Amounts come from the same cells as every other table, so a block's total equals the
/// sector's column of the requirements matrix.
enum SectorSummaryModel {
    static func make(_ figures: ScopeFigures, index: PlanIndex) -> [TemplateValue] {
        let numbers = index.numbers
        return figures.bySector.map { entry in
            let sector = entry.sector
            let places = figures.byPlace.compactMap { place -> (ChapterPlace, Int64)? in
                let amount = figures.byPlaceSector[place.place]?[sector] ?? 0
                return amount > 0 ? (place.place, amount) : nil
            }
            let rows: [TemplateValue] = places.map { place, amount in
                ["place": .text(index.placeName(place)), "amount": .text(numbers.grouped(amount)), "share": .text(numbers.percent(amount, of: entry.amount))]
            }
            let partners = figures.byPartnerSector.filter { ($0.value[sector] ?? 0) > 0 }.keys.sorted()
            let targeted = targeted(sector, in: figures.places)
            return [
                "anchor": .text("sector-summary-" + OutputName.safe(sector)), "name": .text(index.sectorName(sector)), "code": .text(sector),
                "total": .text(numbers.usdSummary(entry.amount)), "share": .text(numbers.percent(entry.amount, of: figures.total)),
                // Countries only: the regional level and sub-regions are rows, not countries.
                "placeCount": .text(numbers.people(places.filter { if case .country = $0.0 { true } else { false } }.count)),
                "partnerCount": .text(numbers.people(partners.count)), "partnerList": .text(partners.joined(separator: ", ")),
                "rows": .list(rows), "hasRows": .bool(!rows.isEmpty),
                "displacedTargeted": .text(targeted.displaced > 0 ? numbers.people(targeted.displaced) : ""),
                "hostTargeted": .text(targeted.hosts > 0 ? numbers.people(targeted.hosts) : ""),
                "hasDisplacedTargeted": .bool(targeted.displaced > 0), "hasHostTargeted": .bool(targeted.hosts > 0),
            ]
        }
    }

    /// People a sector targets across places, refugees (with the other displaced groups) and
    /// host communities apart. In each place the sector's own chapter counts; where a place has
    /// only sub-sector chapters, the largest of them counts (sub-sectors reach the same people,
    /// so adding them would count people twice).
    static func targeted(_ sector: String, in places: [PlacePlan]) -> (displaced: Int, hosts: Int) {
        var displaced = 0, hosts = 0
        for place in places {
            let chapters = place.sectors.filter { $0.sector == sector }
            let counted = chapters.filter { $0.subsector == nil }
            let figures = (counted.isEmpty ? chapters : counted).map { chapter in
                (displaced: chapter.population.filter { $0.group != .hostCommunity }.clampedSum { $0.targeted ?? 0 },
                 hosts: chapter.population.filter { $0.group == .hostCommunity }.clampedSum { $0.targeted ?? 0 })
            }
            displaced = displaced.addingClamped(figures.map(\.displaced).max() ?? 0)
            hosts = hosts.addingClamped(figures.map(\.hosts).max() ?? 0)
        }
        return (displaced, hosts)
    }
}
