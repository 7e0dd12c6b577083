import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's `XMLParser` over a part of an untrusted document. Office XML never needs a
/// document type declaration, so a part holding one is refused before parsing: no entity can be
/// expanded (the «billion laughs») and no external entity fetched. External entities are switched
/// off as well, in case a declaration hides where the byte scan does not look.
enum SafeXML {
    static func parse(_ data: Data, part: String, delegate: some XMLParserDelegate) throws(DocumentReadError) {
        if declaresDocumentType(data) {
            throw DocumentReadError(.importXmlEntities, "the part \(part) declares a document type or entities (<!DOCTYPE/<!ENTITY>), which Word and LibreOffice never write; the file was not read")
        }
        // Foundation's parser on Linux traps (a forced unwrap) on a name libxml2 let through in recovery
        // with bytes that are not UTF-8; Word and LibreOffice write UTF-8 parts, so any other is refused.
        guard isUTF8(data) else {
            throw .corrupt("the part \(part) is not UTF-8 text")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        if !parser.parse() {
            if let error = delegate as? XMLAbortReason, let reason = error.abortReason { throw reason }
            let line = parser.lineNumber
            throw .corrupt("the part \(part) is not well-formed XML near its line \(line)")
        }
    }

    /// Valid UTF-8, or UTF-16 that says so with its byte-order mark and decodes.
    static func isUTF8(_ data: Data) -> Bool {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) {
            return String(data: data, encoding: .utf16) != nil
        }
        return data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
    }

    /// `<!DOCTYPE` or `<!ENTITY` anywhere in the part (in UTF-8 or UTF-16).
    static func declaresDocumentType(_ data: Data) -> Bool {
        for marker in ["<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity"] {
            if data.range(of: Data(marker.utf8)) != nil { return true }
            let units = Array(marker.utf16)
            if data.range(of: Data(units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil { return true }
            if data.range(of: Data(units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })) != nil { return true }
        }
        return false
    }
}

/// A delegate that may stop the parser with an error of its own (a cell past its size limit).
protocol XMLAbortReason: AnyObject {
    var abortReason: DocumentReadError? { get }
}

extension ArchiveParts {
    /// Parses a part the document cannot do without.
    func parseRequired(_ part: String, with reader: some XMLParserDelegate) throws(DocumentReadError) {
        guard let data = try read(part) else { throw .corrupt("it has no \(part)") }
        try SafeXML.parse(data, part: part, delegate: reader)
    }
}
