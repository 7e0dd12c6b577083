import Foundation

/// `BodyNames`' answers by party text, shared by the workers of a build (a lock; the hit is a dictionary
/// lookup by the text's bytes, the miss a normalisation and a glossary walk done once).
final class BodyNamesMemo: @unchecked Sendable {
    struct Reading {
        var entry: GlossaryEntry?
        var name: String
    }

    private let lock = NSLock()
    private var readings: [TextKey: Reading] = [:]
    private var bodies: [TextKey: [String]] = [:]
    private var organisations: [TextKey: [String]] = [:]
    private var personNames: [TextKey: Bool] = [:]

    func reading(_ text: String) -> Reading? {
        lock.withLock { readings[TextKey(text)] }
    }

    func store(_ reading: Reading, for text: String) {
        lock.withLock { readings[TextKey(text)] = reading }
    }

    func bodies(_ text: String) -> [String]? {
        lock.withLock { bodies[TextKey(text)] }
    }

    func store(_ list: [String], for text: String) {
        lock.withLock { bodies[TextKey(text)] = list }
    }

    func organisations(_ text: String) -> [String]? {
        lock.withLock { organisations[TextKey(text)] }
    }

    func store(organisations list: [String], for text: String) {
        lock.withLock { organisations[TextKey(text)] = list }
    }

    func isPersonName(_ text: String) -> Bool? {
        lock.withLock { personNames[TextKey(text)] }
    }

    func store(isPersonName: Bool, for text: String) {
        lock.withLock { personNames[TextKey(text)] = isPersonName }
    }
}
