/// The grammar of RFC 9112 §3 and §5, as far as a preview needs it: a request line of three parts
/// separated by single spaces, token methods and header names, an origin-form target, HTTP/1.x.
extension HTTPHeadParser {
    static func requestLine(_ line: ArraySlice<UInt8>) throws(HTTPRequestError) -> (String, String, Int) {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte) else {
            throw .malformed("The request line is not \"METHOD /path HTTP/1.1\".")
        }
        let minorVersion = try version(parts[2])
        let method = String(decoding: parts[0], as: UTF8.self)
        // `OPTIONS *` asks about the server itself (RFC 9112 §3.2.4); it gets the 405 of every other method.
        let target = method == "OPTIONS" && parts[1].elementsEqual("*".utf8) ? "*" : try originForm(parts[1])
        return (method, target, minorVersion)
    }

    /// `HTTP/1.0` and `HTTP/1.1`; another well-formed version is 505, anything else 400.
    static func version(_ text: ArraySlice<UInt8>) throws(HTTPRequestError) -> Int {
        let bytes = Array(text)
        let prefix = Array("HTTP/".utf8)
        guard bytes.count == 8, bytes.starts(with: prefix), isDigit(bytes[5]), bytes[6] == UInt8(ascii: "."), isDigit(bytes[7]) else {
            throw .malformed("The request line does not end in an HTTP version such as HTTP/1.1.")
        }
        guard bytes[5] == UInt8(ascii: "1") else {
            throw HTTPRequestError(505, "The preview speaks HTTP/1.0 and HTTP/1.1 only.")
        }
        return Int(bytes[7] - UInt8(ascii: "0"))
    }

    /// `/path?query` as sent; an absolute-form `http://host/path` (RFC 9112 §3.2.2) is taken as its path.
    static func originForm(_ text: ArraySlice<UInt8>) throws(HTTPRequestError) -> String {
        guard text.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw .malformed("The request target holds spaces, control characters or bytes outside ASCII.")
        }
        var target = String(decoding: text, as: UTF8.self)
        if let scheme = target.range(of: "://"), target.lowercased().hasPrefix("http") {
            let rest = target[scheme.upperBound...]
            target = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
        }
        guard target.hasPrefix("/") else { throw .malformed("The request target does not start with /.") }
        return target
    }

    /// `name: value`, the name a token with no space before the colon (RFC 9112 §5.1), the value
    /// without control characters; folded lines (§5.2) are refused.
    static func header(_ line: ArraySlice<UInt8>) throws(HTTPRequestError) -> (name: String, value: String) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
            line[..<colon].allSatisfy(isTokenByte)
        else { throw .malformed("A header line is not \"Name: value\".") }
        let value = line[(colon + 1)...]
        guard value.allSatisfy({ $0 >= 0x20 && $0 != 0x7F || $0 == UInt8(ascii: "\t") }) else {
            throw .malformed("A header value holds control characters.")
        }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        return (name, String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces))
    }

    /// What decides where a request ends must be unambiguous (RFC 9112 §6.3): one Host on HTTP/1.1,
    /// one decimal Content-Length, never both it and Transfer-Encoding.
    static func checkFraming(_ head: HTTPRequestHead) throws(HTTPRequestError) {
        let hosts = head.headers.filter { $0.name == "host" }
        if head.minorVersion >= 1, hosts.count != 1 { throw .malformed("An HTTP/1.1 request needs exactly one Host header.") }
        let lengths = Set(head.headers.filter { $0.name == "content-length" }.map(\.value))
        if lengths.count > 1 { throw .malformed("Content-Length is given twice with different values.") }
        if let length = lengths.first, length.isEmpty || !length.utf8.allSatisfy(isDigit) || length.utf8.count > 18 {
            throw .malformed("Content-Length is not a number of bytes.")
        }
        if head.header("transfer-encoding") != nil {
            if !lengths.isEmpty { throw .malformed("A request cannot have both Content-Length and Transfer-Encoding.") }
            throw HTTPRequestError(501, "The preview does not read request bodies sent with Transfer-Encoding.")
        }
    }

    /// The declared body length; `checkFraming` made sure it parses.
    static func bodyLength(of head: HTTPRequestHead) -> Int {
        head.header("content-length").flatMap(Int.init) ?? 0
    }

    /// RFC 9110 §5.6.2 `tchar`.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
