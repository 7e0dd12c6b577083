/// One indicator's values over the years as a static SVG line chart: the values as a solid line with
/// their figures printed at each point, the targets as a dashed line with square markers. The chart
/// carries `<title>` and `<desc>` (read by screen readers through `aria-labelledby`), and the page shows
/// the same data as a table beside it.
struct DynamicsChart {
    struct Point {
        var year: Int
        var value: Double?
        var valueLabel: String?
        var target: Double?
        var targetLabel: String?
    }

    var id: String
    var title: String
    var description: String
    var points: [Point]

    static let width = 640.0
    static let height = 300.0
    static let left = 64.0, right = 24.0, top = 44.0, bottom = 36.0

    var svg: String {
        let scale = ChartScale(values: points.compactMap(\.value) + points.compactMap(\.target))
        let plotLeft = Self.left, plotRight = Self.width - Self.right
        let plotTop = Self.top, plotBottom = Self.height - Self.bottom
        func x(_ index: Int) -> Double {
            guard points.count > 1 else { return (plotLeft + plotRight) / 2 }
            let inset = 32.0
            return plotLeft + inset + Double(index) * (plotRight - plotLeft - 2 * inset) / Double(points.count - 1)
        }
        func y(_ value: Double) -> Double { scale.position(value, from: plotBottom, to: plotTop) }
        let c = SVGText.coordinate
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart chart-dynamics" viewBox="0 0 \(c(Self.width)) \(c(Self.height))" \
            role="img" aria-labelledby="\(id)-title \(id)-desc" focusable="false">
            <title id="\(id)-title">\(SVGText.escape(title))</title>
            <desc id="\(id)-desc">\(SVGText.escape(description))</desc>

            """
        svg += "<g class=\"chart-grid\">\n"
        for tick in scale.ticks {
            let position = y(tick)
            svg += "<line x1=\"\(c(plotLeft))\" y1=\"\(c(position))\" x2=\"\(c(plotRight))\" y2=\"\(c(position))\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(c(plotLeft - 8))\" y=\"\(c(position + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#545454\">"
            svg += "\(SVGText.escape(RussianNumbers.decimal(tick, decimals: scale.decimals)))</text>\n"
        }
        svg += "</g>\n<g class=\"chart-axis\">\n"
        for (index, point) in points.enumerated() {
            svg += "<text x=\"\(c(x(index)))\" y=\"\(c(plotBottom + 22))\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1a1a1a\">\(point.year)</text>\n"
        }
        svg += "</g>\n"
        let targets = points.enumerated().compactMap { index, point in point.target.map { (index, $0, point.targetLabel ?? "") } }
        if !targets.isEmpty {
            svg += "<g class=\"chart-target\">\n"
            svg += Self.polylines(targets.map { ($0.0, x($0.0), y($0.1)) }, style: "stroke=\"#545454\" stroke-width=\"2\" stroke-dasharray=\"6 4\"")
            for (index, target, _) in targets {
                svg += "<rect x=\"\(c(x(index) - 5))\" y=\"\(c(y(target) - 5))\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"#545454\" stroke-width=\"2\"/>\n"
            }
            svg += "</g>\n"
        }
        let values = points.enumerated().compactMap { index, point in point.value.map { (index, $0, point.valueLabel ?? "") } }
        svg += "<g class=\"chart-value\">\n"
        svg += Self.polylines(values.map { ($0.0, x($0.0), y($0.1)) }, style: "stroke=\"#0b4f8a\" stroke-width=\"3\"")
        for (index, value, label) in values {
            svg += "<circle cx=\"\(c(x(index)))\" cy=\"\(c(y(value)))\" r=\"5\" fill=\"#0b4f8a\"/>"
            svg += "<text x=\"\(c(x(index)))\" y=\"\(c(y(value) - 12))\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#1a1a1a\">\(SVGText.escape(label))</text>\n"
        }
        svg += "</g>\n"
        svg += Self.legend(hasTargets: !targets.isEmpty)
        svg += "</svg>"
        return svg
    }

    /// One polyline per run of consecutive years, so a year without a figure breaks the line instead of
    /// bridging it. Points are (year index, x, y).
    static func polylines(_ points: [(Int, Double, Double)], style: String) -> String {
        var runs: [[(Int, Double, Double)]] = []
        for point in points {
            if let last = runs.last?.last, last.0 == point.0 - 1 { runs[runs.count - 1].append(point) } else { runs.append([point]) }
        }
        return runs.filter { $0.count > 1 }.map { run in
            let coordinates = run.map { "\(SVGText.coordinate($0.1)),\(SVGText.coordinate($0.2))" }.joined(separator: " ")
            return "<polyline points=\"\(coordinates)\" fill=\"none\" \(style)/>\n"
        }.joined()
    }

    static func legend(hasTargets: Bool) -> String {
        var legend = """
            <g class="chart-legend" font-size="13" fill="#1a1a1a">
            <line x1="\(SVGText.coordinate(left))" y1="14" x2="\(SVGText.coordinate(left + 28))" y2="14" stroke="#0b4f8a" stroke-width="3"/>\
            <circle cx="\(SVGText.coordinate(left + 14))" cy="14" r="5" fill="#0b4f8a"/>\
            <text x="\(SVGText.coordinate(left + 36))" y="18">значение</text>

            """
        if hasTargets {
            legend += """
                <line x1="\(SVGText.coordinate(left + 130))" y1="14" x2="\(SVGText.coordinate(left + 158))" y2="14" stroke="#545454" stroke-width="2" stroke-dasharray="6 4"/>\
                <rect x="\(SVGText.coordinate(left + 139))" y="9" width="10" height="10" fill="#ffffff" stroke="#545454" stroke-width="2"/>\
                <text x="\(SVGText.coordinate(left + 166))" y="18">целевое значение</text>

                """
        }
        return legend + "</g>\n"
    }
}
