import Foundation

/// Encodes Russian text as Windows-1251, the encoding of old Word exports, byte by byte.
/// (Written out here rather than asking Foundation, whose legacy encodings differ between platforms.)
enum CP1251 {
    static func encode(_ text: String) -> Data {
        Data(text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar.value {
            case 0x00..<0x80: UInt8(scalar.value)
            case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)  // А…я
            case 0x0401: 0xA8  // Ё
            case 0x0451: 0xB8  // ё
            case 0x2116: 0xB9  // №
            default: preconditionFailure("'\(scalar)' has no CP1251 byte in this test helper")
            }
        })
    }
}
