/// A mistake in a test's own setup (a snippet that is not in the fixture, a missing binary).
struct FixtureError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
