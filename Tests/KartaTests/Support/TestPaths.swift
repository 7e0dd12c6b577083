import Foundation

/// Folders the tests read, located from this source file so they work from any working directory.
enum TestPaths {
    /// `Tests/KartaTests/`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The package root: the folder holding `Package.swift`.
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    /// The small valid site every other content case starts from.
    static let validContent = fixtures.appendingPathComponent("valid")
    /// The real templates of the project; tests never use copies.
    static let templates = packageRoot.appendingPathComponent("Templates")
    /// Golden HTML files.
    static let snapshots = testsFolder.appendingPathComponent("Snapshots")
}
