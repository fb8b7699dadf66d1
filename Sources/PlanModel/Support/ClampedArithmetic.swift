/// Arithmetic on plan figures that never traps.
///
/// Amounts and counts are bounded when they are written (``FigureLimits``), but a sum of many
/// of them can still leave the range of its type. Sums clamp at the type's bounds instead of
/// trapping; the compiler reports any total above its limit (so a clamped total never reaches
/// an output), and conversions from `Double` clamp and map NaN to zero.
extension FixedWidthInteger {
    /// `self + other`, or the type's bound in the direction of the overflow.
    @inlinable public func addingClamped(_ other: Self) -> Self {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }

    /// `self - other`, or the type's bound in the direction of the overflow.
    @inlinable public func subtractingClamped(_ other: Self) -> Self {
        let (difference, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return difference }
        return other < 0 ? .max : .min
    }

    /// `self * other`, or the type's bound in the direction of the overflow.
    @inlinable public func multipliedClamped(by other: Self) -> Self {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        guard overflow else { return product }
        return (self < 0) == (other < 0) ? .max : .min
    }

    /// `value` rounded half away from zero, clamped to the type's range; 0 for NaN.
    @inlinable public init(roundingClamped value: Double) {
        let rounded = value.rounded()
        if rounded.isNaN {
            self = 0
        } else if rounded >= Double(Self.max) {
            self = .max
        } else if rounded <= Double(Self.min) {
            self = .min
        } else {
            self = Self(rounded)
        }
    }
}

extension Sequence {
    /// The sum of `value` over the elements, clamped (see ``FixedWidthInteger/addingClamped(_:)``).
    @inlinable public func clampedSum<N: FixedWidthInteger>(_ value: (Element) throws -> N) rethrows -> N {
        try reduce(0) { $0.addingClamped(try value($1)) }
    }
}
