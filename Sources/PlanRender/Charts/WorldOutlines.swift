import Foundation
import PlanModel

/// Country outlines for maps: Natural Earth's 1:110m Admin 0 countries (public domain), shipped
/// as `Resources/world-110m.json` and made by `Scripts/make-world-map.py` (which documents the
/// source and what was simplified).
///
/// Each country is a list of rings (outer rings and holes alike, filled with the even-odd rule)
/// of longitude/latitude points in hundredths of a degree. Countries too small for the 1:110m
/// scale (most small islands) have no outline.
struct WorldOutlines: Sendable {
    /// One ring: `[lon0, lat0, lon1, lat1, ...]` in hundredths of a degree.
    typealias Ring = [Int32]

    /// The rings of each country, by ISO 3166-1 alpha-3 code.
    let countries: [String: [Ring]]
    /// The credit line printed under a map.
    let source: String

    /// The shipped outlines, read once (about 115 KB); empty if the resource cannot be read, so
    /// that a document never fails for want of a map.
    static let shipped: WorldOutlines = {
        // SwiftPM copies the folder into the bundle; the fuzz and benchmark builds point the
        // bundle at the folder itself.
        guard let url = Bundle.module.url(forResource: "world-110m", withExtension: "json", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "world-110m", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return WorldOutlines(countries: [:], source: "") }
        return read(data)
    }()

    /// The outlines in a file of the shipped shape (`{"source": ..., "countries": {"ISO":
    /// [[lon, lat, ...], ...]}}`: scanned from its bytes (``scanned(_:)``), or read with the
    /// project's ``JSONDocument`` when the scan finds something unusual); empty when the data is
    /// not such a file.
    static func read(_ data: Data) -> WorldOutlines {
        let bytes = [UInt8](data)
        return scanned(bytes) ?? parsed(bytes)
    }

    /// ``read(_:)`` through the general JSON reader.
    static func parsed(_ bytes: [UInt8]) -> WorldOutlines {
        let empty = WorldOutlines(countries: [:], source: "")
        guard case .success(let root) = JSONDocument.parse(bytes),
              case .string(let source)? = root["source"]?.value,
              case .object(let members)? = root["countries"]?.value
        else { return empty }
        var countries: [String: [Ring]] = [:]
        for (code, rings) in members {
            guard case .array(let list) = rings.value else { return empty }
            var read: [Ring] = []
            for ring in list {
                guard case .array(let points) = ring.value else { return empty }
                var values: Ring = []
                values.reserveCapacity(points.count)
                for point in points {
                    guard case .number(let text) = point.value, let value = Int32(text) else { return empty }
                    values.append(value)
                }
                read.append(values)
            }
            if countries[code] == nil { countries[code] = read }
        }
        return WorldOutlines(countries: countries, source: source)
    }
}
