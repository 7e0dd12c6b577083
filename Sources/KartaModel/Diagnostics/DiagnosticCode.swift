/// Every diagnostic code Karta reports, one case per code, grouped by the module that reports it.
///
/// The raw value is the code printed by `--format json` and explained in docs/diagnostics.md; a code
/// shared by modules is listed under the first of them in dependency order. Here in KartaModel so
/// that every module can name its codes while dependencies still point one way.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // KartaContent: reading and validating Content/
    case abbreviationOtherTerritory = "abbreviation-other-territory"
    case addressClash = "address-clash"
    case badSource = "bad-source"
    case baseUrl = "base-url"
    case csv
    case deadlineRepaired = "deadline-repaired"
    case deadlineUnparsed = "deadline-unparsed"
    case directionGuessed = "direction-guessed"
    case directive
    case duplicateColumn = "duplicate-column"
    case duplicateId = "duplicate-id"
    case duplicateIndicators = "duplicate-indicators"
    case duplicateKey = "duplicate-key"
    case duplicateRow = "duplicate-row"
    case emptySection = "empty-section"
    case encoding
    case followOn = "follow-on"
    case frontMatter = "front-matter"
    case glossaryUncertain = "glossary-uncertain"
    case glossaryVariant = "glossary-variant"
    case id
    case ignored
    case indicatorBetter = "indicator-better"
    case indicatorName = "indicator-name"
    case indicatorUnit = "indicator-unit"
    case level
    case missingColumn = "missing-column"
    case missingField = "missing-field"
    case missingFile = "missing-file"
    case noColumn = "no-column"
    case noContent = "no-content"
    case noEntity = "no-entity"
    case noExpectedResult = "no-expected-result"
    case noIndicators = "no-indicators"
    case notAFile = "not-a-file"
    case notDue = "not-due"
    case ownerEmail = "owner-email"
    case ownerEmblem = "owner-emblem"
    case ownerWebsite = "owner-website"
    case parentMismatch = "parent-mismatch"
    case personName = "person-name"
    case planYear = "plan-year"
    case read
    case reserved
    case slug
    case symlink
    case tooLarge = "too-large"
    case type
    case unknownAbbreviation = "unknown-abbreviation"
    case unknownColumn = "unknown-column"
    case unknownDirection = "unknown-direction"
    case unknownIndicator = "unknown-indicator"
    case unknownItem = "unknown-item"
    case unknownKey = "unknown-key"
    case unknownParent = "unknown-parent"
    case unknownRoadmap = "unknown-roadmap"
    case unknownRow = "unknown-row"
    case unknownTable = "unknown-table"
    case value
    case yaml
    case yamlColon = "yaml-colon"
    case yamlQuote = "yaml-quote"
    case yamlTab = "yaml-tab"
    // KartaRender: templates
    case missingTemplate = "missing-template"
    case noTemplates = "no-templates"
    case template
    case templateKind = "template-kind"
    // KartaOutput: writing outputs safely
    case outputExists = "output-exists"
    case outputLeft = "output-left"
    case outputNotFile = "output-not-file"
    case outputNotFolder = "output-not-folder"
    case unsafeOutput = "unsafe-output"
    case write
    // KartaSite: building and link checking
    case brokenLink = "broken-link"
    case noSite = "no-site"
    // KartaImport: `karta import`
    case importApproval = "import-approval"
    case importArchive = "import-archive"
    case importBomb = "import-bomb"
    case importCellSize = "import-cell-size"
    case importColumn = "import-column"
    case importContinuation = "import-continuation"
    case importCutOff = "import-cut-off"
    case importDoc = "import-doc"
    case importEmptyRow = "import-empty-row"
    case importEmptyTable = "import-empty-table"
    case importEncoding = "import-encoding"
    case importEntity = "import-entity"
    case importExtraCells = "import-extra-cells"
    case importFolder = "import-folder"
    case importFragment = "import-fragment"
    case importHeadingRow = "import-heading-row"
    case importMonthYear = "import-month-year"
    case importNoTable = "import-no-table"
    case importNumbering = "import-numbering"
    case importOverwrite = "import-overwrite"
    case importPartySplit = "import-party-split"
    case importProse = "import-prose"
    case importRead = "import-read"
    case importRows = "import-rows"
    case importSection = "import-section"
    case importShift = "import-shift"
    case importShortRow = "import-short-row"
    case importSize = "import-size"
    case importSubitems = "import-subitems"
    case importTitle = "import-title"
    case importUnnumbered = "import-unnumbered"
    case importXmlEntities = "import-xml-entities"
    case importYear = "import-year"
    // KartaScaffold: `karta new`
    case exists
    case noDirection = "no-direction"
    case notEmpty = "not-empty"
    case notFolder = "not-folder"
    case unknownEntity = "unknown-entity"
    // KartaServe: `karta serve`
    case writeFailed = "write-failed"
}
