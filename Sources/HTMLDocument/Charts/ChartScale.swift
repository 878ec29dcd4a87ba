/// The value axis of a chart: from 0 to a round maximum, with round ticks.
public struct ChartScale: Sendable, Equatable {
    /// The value at the far end of the axis.
    public var maximum: Double
    /// The distance between ticks.
    public var step: Double

    /// An axis from 0 to `maximum` with ticks every `step`.
    public init(maximum: Double, step: Double) {
        precondition(maximum > 0 && step > 0, "an axis needs a positive length and step")
        self.maximum = maximum
        self.step = step
    }

    /// The smallest round axis (steps of 1, 2, 2.5 or 5 times a power of ten, at most six
    /// of them) that holds `largest`; an axis to 1 when nothing is above 0. With
    /// `isWhole` (counts) no step is below 1.
    public init(covering largest: Double, isWhole: Bool = false) {
        let top = largest.isFinite && largest > 0 ? largest : 1
        var power = 1.0
        while power * 10 <= top { power *= 10 }
        while power > top { power /= 10 }
        for multiple in [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10] {
            let step = multiple * power
            if isWhole, step < 1 || step.rounded() != step { continue }
            if step * 6 >= top {
                var ticks = 1.0
                while ticks * step < top { ticks += 1 }
                self.init(maximum: ticks * step, step: step)
                return
            }
        }
        self.init(maximum: 10 * power, step: 2 * power)
    }

    /// The tick values from 0 to the maximum.
    public var ticks: [Double] {
        var ticks: [Double] = []
        var index = 0.0
        while index * step <= maximum * (1 + 1e-9) {
            ticks.append(index * step)
            index += 1
        }
        return ticks
    }

    /// The decimals a tick label needs (0 unless the step is fractional).
    public var tickFractionDigits: Int {
        step.rounded() == step ? 0 : (step * 10).rounded() == step * 10 ? 1 : 2
    }

    /// Where `value` falls between 0 (the axis start) and 1 (its end), clamped.
    public func fraction(of value: Double) -> Double {
        min(max(value / maximum, 0), 1)
    }
}
