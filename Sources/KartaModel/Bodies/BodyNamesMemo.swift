import Foundation

/// `BodyNames`' answers by party text, shared by the workers of a build (a lock; the hit is a dictionary
/// lookup, the miss a normalisation and a glossary walk done once).
final class BodyNamesMemo: @unchecked Sendable {
    struct Reading {
        var entry: GlossaryEntry?
        var name: String
    }

    private let lock = NSLock()
    private var readings: [String: Reading] = [:]
    private var bodies: [String: [String]] = [:]

    func reading(_ text: String) -> Reading? {
        lock.withLock { readings[text] }
    }

    func store(_ reading: Reading, for text: String) {
        lock.withLock { readings[text] = reading }
    }

    func bodies(_ text: String) -> [String]? {
        lock.withLock { bodies[text] }
    }

    func store(_ list: [String], for text: String) {
        lock.withLock { bodies[text] = list }
    }
}
