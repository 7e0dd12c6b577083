import KartaModel
import KartaRender

/// What a build or check did: the problems found, what was written and how long each phase took.
public struct BuildReport: Sendable {
    public struct Phase: Sendable {
        public var name: String
        public var seconds: Double
    }

    public var diagnostics: Diagnostics
    /// Set once content has loaded.
    public var deadlines: DeadlineCoverage?
    public var pagesWritten: Int = 0
    public var filesWritten: Int = 0
    /// Pages rendered; an incremental build renders only those its changes reach, and writes only the
    /// files that came out different.
    public var pagesRendered: Int = 0
    /// Files an incremental build removed because their page or export is gone.
    public var filesRemoved: Int = 0
    /// The build reused the previous one (`IncrementalBuild`); false for a full build.
    public var incremental = false
    /// The incremental build carried an edit of wording alone into the model, without loading and
    /// validating the content again, and rendered only the pages that print that wording.
    public var wordingOnly = false
    /// Reports printed as PDF (`karta build --pdf`).
    public var pdfsWritten: Int = 0
    public var phases: [Phase] = []
    /// Set when the output folder could not be written; the previous output is intact.
    public var writeFailure: String?
    /// Whether there was an output folder before the build, so a failure can say what was kept.
    public var hadOutput = false
    /// Where the templates and assets came from, once they loaded (`karta build --verbose`).
    public var theme: ThemeFiles?

    public var succeeded: Bool { !diagnostics.hasErrors && writeFailure == nil }
    public var totalSeconds: Double { phases.reduce(0) { $0 + $1.seconds } }
}
