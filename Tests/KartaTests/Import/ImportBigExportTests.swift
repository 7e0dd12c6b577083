import Foundation
@testable import KartaImport
import KartaModel
import Testing

/// Big text exports: the size limit of `karta build`, and repeated warnings summarised.
@Suite("Import: big exports")
struct ImportBigExportTests {
    @Test func anExportPastTenMegabytesIsRefusedWithBuildsMessage() {
        let result = Importer.convert(Data(repeating: 0x61, count: 10 * 1024 * 1024 + 1), file: "big.txt")
        let error = result.diagnostics.errors.first
        #expect(error?.code == "too-large")
        #expect(error?.message.contains("content files are read up to 10.0 MB each") == true)
        #expect(result.files.isEmpty)
    }

    @Test func repeatedWarningsAreSummarisedAfterTwenty() {
        var text = "Дорожная карта на 2022 год\n\n№ п/п\tМероприятие\tСроки\tОтветственные\n"
        for index in 1...45 { text += "\(index).\tМера номер \(index)\t2022\tИМЦ\n\tОтдельная мера без номера \(index)\t2022\tИМЦ\n" }
        let result = ImportFixtures.convert(text: text, name: "many.txt")
        let unnumbered = result.warnings("import-unnumbered")
        #expect(unnumbered.count == 21)
        #expect(unnumbered.last?.message.hasPrefix("25 more warnings of this kind") == true)
        #expect(unnumbered.last?.location.line == 45)
    }
}
