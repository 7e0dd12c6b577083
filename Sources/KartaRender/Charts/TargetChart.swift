/// Value against target for one year as a static SVG bullet chart: one bar per indicator, its length
/// the percent of the target reached (drawn up to 150 %), a rule at 100 %, and the percent and the
/// verdict written at the end of each bar, so nothing depends on colour. `<title>` and `<desc>` give a
/// text alternative; the page shows the same data as a table.
struct TargetChart {
    struct Bar {
        var code: String
        var name: String
        var percent: Double
        /// «95,2 % — не достигнуто».
        var label: String
        var isAchieved: Bool?
    }

    var id: String
    var title: String
    var description: String
    var bars: [Bar]

    static let width = 640.0
    static let left = 72.0, barRight = 440.0, rowHeight = 36.0, top = 36.0, bottom = 28.0
    static let ceiling = 150.0

    var height: Double { Self.top + Double(bars.count) * Self.rowHeight + Self.bottom }

    var svg: String {
        let c = SVGText.coordinate
        func x(_ percent: Double) -> Double { Self.left + min(max(percent, 0), Self.ceiling) / Self.ceiling * (Self.barRight - Self.left) }
        let plotBottom = height - Self.bottom
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart chart-target" viewBox="0 0 \(c(Self.width)) \(c(height))" \
            role="img" aria-labelledby="\(id)-title \(id)-desc" focusable="false">
            <title id="\(id)-title">\(SVGText.escape(title))</title>
            <desc id="\(id)-desc">\(SVGText.escape(description))</desc>
            <g class="chart-grid">

            """
        for percent in stride(from: 0.0, through: Self.ceiling, by: 50) {
            let position = x(percent)
            let isTarget = percent == 100
            svg += "<line x1=\"\(c(position))\" y1=\"\(c(Self.top - 6))\" x2=\"\(c(position))\" y2=\"\(c(plotBottom))\" "
            svg += isTarget ? "stroke=\"#1a1a1a\" stroke-width=\"2\"/>" : "stroke=\"#c8c8c8\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(c(position))\" y=\"\(c(plotBottom + 18))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#545454\">\(Int(percent))\u{00A0}%</text>\n"
        }
        svg += "<text x=\"\(c(x(100)))\" y=\"\(c(Self.top - 12))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1a1a1a\">цель</text>\n</g>\n"
        for (index, bar) in bars.enumerated() {
            let rowTop = Self.top + Double(index) * Self.rowHeight
            let fill = bar.isAchieved == false ? "#c75000" : "#0b4f8a"
            let status = bar.isAchieved.map { $0 ? "achieved" : "missed" } ?? "neutral"
            svg += "<g class=\"chart-bar chart-bar-\(status)\"><title>\(SVGText.escape(bar.code + " " + bar.name))</title>"
            svg += "<text x=\"\(c(Self.left - 8))\" y=\"\(c(rowTop + 22))\" text-anchor=\"end\" font-size=\"13\" fill=\"#1a1a1a\">\(SVGText.escape(bar.code))</text>"
            svg += "<rect x=\"\(c(Self.left))\" y=\"\(c(rowTop + 8))\" width=\"\(c(max(x(bar.percent) - Self.left, 1)))\" height=\"18\" fill=\"\(fill)\"/>"
            if bar.percent > Self.ceiling {
                svg += "<text x=\"\(c(Self.barRight - 4))\" y=\"\(c(rowTop + 22))\" text-anchor=\"end\" font-size=\"12\" fill=\"#ffffff\">›</text>"
            }
            svg += "<text x=\"\(c(Self.barRight + 10))\" y=\"\(c(rowTop + 22))\" font-size=\"13\" fill=\"#1a1a1a\">\(SVGText.escape(bar.label))</text></g>\n"
        }
        svg += "</svg>"
        return svg
    }
}
