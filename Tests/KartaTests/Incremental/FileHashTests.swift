import Foundation
@testable import KartaSite
import Testing

/// The fingerprint that decides which files an incremental build writes is XXH64, checked against
/// the reference implementation's values (python-xxhash) at every tail length the function handles.
@Suite("File fingerprints")
struct FileHashTests {
    @Test(arguments: [
        ("", 0xef46_db37_51d8_e999),
        ("a", 0xd24e_c4f1_a98c_6e5b),
        ("abc", 0x44bc_2cf5_ad77_0999),
        (String(repeating: "a", count: 31), 0xfe47_067c_da80_2916),
        (String(repeating: "a", count: 32), 0x856e_8432_98f9_9ad7),
        (String(repeating: "Дорожная карта ", count: 7), 0x8c44_b0ed_a660_cdbc),
    ] as [(String, UInt64)])
    func matchesXXH64(_ text: String, _ expected: UInt64) {
        #expect(FileHash.of(Data(text.utf8)) == expected)
    }
}
