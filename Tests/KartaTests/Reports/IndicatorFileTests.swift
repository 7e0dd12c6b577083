import Foundation
import KartaContent
import KartaModel
import Testing

/// `indicators.csv` as spreadsheets export it, and `indicators.yaml`: separators, decimal commas,
/// encodings, and every problem at its `file:line:column`.
@Suite("Indicator files")
struct IndicatorFileTests {
    static let file = ReportFixture.indicators

    func load(_ data: Data, as file: String = file) throws -> (IndicatorTable?, Diagnostics, ContentFixture) {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write(data, to: file)
            let result = site.load()
            return (result.content?.indicators(of: ReportFixture.entity), result.diagnostics, site)
        }
    }

    func values(_ table: IndicatorTable?, _ code: String) -> [Int: Double] {
        Dictionary(uniqueKeysWithValues: (table?.indicator(code)?.observations ?? []).compactMap { observation in
            observation.value.map { (observation.year, $0.value) }
        })
    }

    @Test func semicolonsAndDecimalCommasAsRussianExcelSavesThem() throws {
        let (table, diagnostics, _) = try load(Data(ReportFixture.indicatorsCSV.utf8))
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted.map(\.description))")
        let indicators = try #require(table).indicators
        #expect(indicators.map(\.code) == ["1.1.1", "2.1.1", "2.2.1", "3.1.1"])
        #expect(values(table, "1.1.1") == [2018: 80.1, 2019: 83.2, 2020: 85.5])
        #expect(values(table, "3.1.1") == [2019: 1302, 2020: 1296], "spaces group thousands")
        let first = try #require(indicators.first)
        #expect(first.name == "Охват детей дошкольным образованием")
        #expect(first.unit == "%")
        #expect(first.better == .higher)
        #expect(first.observation(in: 2020)?.target == IndicatorNumber(90))
        #expect(first.observation(in: 2020)?.value?.decimals == 1)
        #expect(first.observation(in: 2020)?.source == "форма 85-К")
        #expect(indicators[1].better == .lower)
        #expect(indicators[3].better == .neutral)
    }

    @Test func windows1251WithCRLFReadsTheSame() throws {
        let utf8 = try #require(try load(Data(ReportFixture.indicatorsCSV.utf8)).0)
        let cp1251 = CP1251.encode(ReportFixture.indicatorsCSV.replacingOccurrences(of: "\n", with: "\r\n"))
        let (table, diagnostics, _) = try load(cp1251)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted.map(\.description))")
        let read = try #require(table)
        #expect(read.indicators.map(\.name) == utf8.indicators.map(\.name))
        #expect(read.indicators.map(\.unit) == utf8.indicators.map(\.unit))
        #expect(values(read, "1.1.1") == values(utf8, "1.1.1"))
    }

    @Test func commasWithQuotedDecimalsAByteOrderMarkAndExcelsSepLine() throws {
        let text = """
            sep=,
            code,name,unit,year,value,target,better
            1.1.1,"Охват, в процентах",%,2020,"85,5",90,higher
            1.1.1,,,2019,"83,2",,

            """
        let (table, diagnostics, _) = try load(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted.map(\.description))")
        #expect(table?.indicator("1.1.1")?.name == "Охват, в процентах")
        #expect(values(table, "1.1.1") == [2019: 83.2, 2020: 85.5])
    }

    @Test func theSameRowsInYAML() throws {
        let yaml = """
            - {code: "1.1.1", name: "Охват детей дошкольным образованием", unit: "%", year: 2019, value: "83,2", better: higher}
            - {code: "1.1.1", year: 2020, value: 85.5, target: 90}

            """
        let (table, diagnostics, _) = try load(Data(yaml.utf8), as: "oblast/gorod/indicators.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted.map(\.description))")
        #expect(values(table, "1.1.1") == [2019: 83.2, 2020: 85.5])
        #expect(table?.indicator("1.1.1")?.observation(in: 2020)?.target?.value == 90)
    }

    struct BadCell: Sendable, CustomTestStringConvertible {
        var name: String
        var csv: String
        var code: String
        /// The cell the error points at, as 1-based line and column.
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { name }
    }

    static let header = "code;name;unit;year;value;target;better;source\n"

    static let badCells: [BadCell] = [
        BadCell(name: "a value that is not a number", csv: header + "1.1;Охват;%;2020;много;90;higher;\n", code: "type", line: 2, column: 18, message: "must be a number"),
        BadCell(name: "a figure too long to be exact", csv: header + "1.1;Охват;%;2020;1234567890123456;90;higher;\n", code: "type", line: 2, column: 18, message: "must be a number"),
        BadCell(name: "a year that is not a year", csv: header + "1.1;Охват;%;20;85;90;higher;\n", code: "type", line: 2, column: 13, message: "year"),
        BadCell(name: "an unknown direction", csv: header + "1.1;Охват;%;2020;85;90;up;\n", code: "value", line: 2, column: 24, message: "higher, lower or neutral"),
        BadCell(
            name: "the same year twice", csv: header + "1.1;Охват;%;2020;85;90;higher;\n1.1;;;2020;86;;;\n", code: "duplicate-row", line: 3, column: 7,
            message: "already has a row for 2020 at line 2"),
        BadCell(name: "a row with more fields than the header", csv: "code,name,year,value\n1.1,Охват,2020,85,5\n", code: "csv", line: 2, column: 19, message: "decimal comma"),
        BadCell(name: "an unknown column", csv: "code;name;year;value;colour\n", code: "unknown-column", line: 1, column: 22, message: "unknown column 'colour'"),
        BadCell(name: "a missing required column", csv: "code;name;value\n", code: "missing-column", line: 1, column: 1, message: "year"),
        BadCell(
            name: "a different unit in a later year", csv: header + "1.1;Охват;%;2019;85;;higher;\n1.1;;чел.;2020;86;;;\n", code: "indicator-unit", line: 3, column: 6,
            message: "years must be comparable"),
        BadCell(name: "a row without a code", csv: header + ";Охват;%;2020;85;;;\n", code: "missing-field", line: 2, column: 1, message: "code"),
        BadCell(name: "a first row without a name", csv: header + "1.1;;%;2020;85;;;\n", code: "missing-field", line: 2, column: 5, message: "name"),
        BadCell(
            name: "a quote left open (position after a multi-line field)", csv: header + "1.1;\"Охват\nдетей\";%;2020;85;;;\n1.2;\"Доля\"x;%;2020;1;;;\n",
            code: "csv", line: 4, column: 5, message: "quoted field"),
    ]

    @Test(arguments: badCells)
    func badCellIsReportedAtItsPosition(_ bad: BadCell) throws {
        let (_, diagnostics, site) = try load(Data(bad.csv.utf8))
        let errors = diagnostics.errors
        #expect(errors.count == 1, "\(errors.map(\.description))")
        let error = try #require(errors.first)
        #expect(error.code == bad.code, "\(error)")
        #expect(error.message.contains(bad.message), "\(error)")
        #expect(error.location == SourceLocation(file: site.displayPath(Self.file), line: bad.line, column: bad.column), "\(error)")
    }

    @Test func everyBadCellOfAFileIsReportedInOneRun() throws {
        let csv = Self.header + "1.1;Охват;%;2020;много;90;higher;\n1.2;Доля;%;20xx;1;;;\n1.3;Доля;%;2020;1;;up;\n"
        let (_, diagnostics, _) = try load(Data(csv.utf8))
        #expect(diagnostics.errors.map(\.location.line) == [2, 3, 4])
    }

    @Test func csvAndYAMLTogetherAreRefused() throws {
        try withTemporaryDirectory { folder in
            let site = try ContentFixture.copyOfValid(in: folder)
            try site.write(ReportFixture.indicatorsCSV, to: Self.file)
            try site.write("[]\n", to: "oblast/gorod/indicators.yaml")
            let errors = site.load().diagnostics.errors
            #expect(errors.map(\.code) == ["duplicate-indicators"])
        }
    }
}
