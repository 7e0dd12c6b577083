/// A value axis with round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) from zero, or from
/// below zero when a value is negative, to just above the largest value.
struct ChartScale {
    let lower: Double
    let upper: Double
    let step: Double

    init(values: [Double], tickCount: Int = 4) {
        let high = max(values.max() ?? 0, 0)
        let low = min(values.min() ?? 0, 0)
        let span = high - low
        guard span > 0, span.isFinite else {
            lower = 0
            upper = 1
            step = 0.25
            return
        }
        let rough = span / Double(tickCount)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = max((high / step).rounded(.up) * step, lower + step)
    }

    var ticks: [Double] {
        var values: [Double] = []
        var value = lower
        while value <= upper + step / 1000 {
            values.append(value)
            value += step
        }
        return values
    }

    /// Decimals a tick label needs: none for whole steps, one for 0.5 or 2.5 steps, and so on.
    var decimals: Int {
        var decimals = 0
        var scaled = step
        while decimals < 6, abs(scaled - scaled.rounded()) > 1e-9 {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }

    /// Where `value` lies between `from` (the axis' lower end) and `to`, in drawing units.
    func position(_ value: Double, from: Double, to: Double) -> Double {
        from + (value - lower) / (upper - lower) * (to - from)
    }
}
