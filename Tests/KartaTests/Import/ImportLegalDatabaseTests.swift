import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Roadmaps copied from legal databases: a source address first, stamps with a Latin «N».
@Suite("Import: legal-database exports")
struct ImportLegalDatabaseTests {
    static let table = "\n№ п/п\tМероприятие\tСроки\tОтветственные\n1.\tСеминар для учителей\tмарт 2016\tИМЦ\n"

    @Test func sourceAddressIsNeverTheTitleAndStampWithLatinNIsRead() throws {
        let text = "https://base.garant.ru/12345678/\n\nПриложение N 3 к приказу министерства образования Тестовой области от 5 марта 2016 г. N 412\n\nДорожная карта по развитию системы оценки качества образования на 2016 год\n" + Self.table
        let result = ImportFixtures.convert(text: text, name: "garant.txt")
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("title: \"Дорожная карта по развитию системы оценки качества образования на 2016 год\""))
        #expect(yaml.contains("number: \"412\""))
        #expect(yaml.contains("heading: \"Приложение N 3\""))
        #expect(yaml.contains("date: 2016-03-05"))
        #expect(!yaml.contains("title: \"https"))
    }

    @Test func approvalOverSeveralLinesWithLatinN() throws {
        let text = "УТВЕРЖДЕНА\nприказом Министерства образования\nТестовой области\nот 01.02.2019 N 87\nДорожная карта по развитию системы оценки качества образования на 2019 год\n" + Self.table
        let result = ImportFixtures.convert(text: text, name: "stamp.txt")
        let yaml = try #require(result.file(.roadmap)).contents
        #expect(yaml.contains("number: \"87\""))
        #expect(yaml.contains("date: 2019-02-01"))
        #expect(yaml.contains("title: \"Дорожная карта по развитию системы оценки качества образования на 2019 год\""))
    }
}
