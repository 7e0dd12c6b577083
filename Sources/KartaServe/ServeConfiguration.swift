/// The folders and address of one `karta serve`.
public struct ServeConfiguration: Sendable {
    public var contentFolder: String
    public var templatesFolder: String
    public var outputFolder: String
    public var address: ListenAddress
    /// How often the watcher looks at the content and templates.
    public var pollInterval: Duration = .milliseconds(300)
    /// Sizes and timeouts of requests; tests shorten the timeouts.
    public var limits = HTTPLimits()

    public init(content: String, templates: String, output: String, address: ListenAddress = ListenAddress()) {
        contentFolder = content
        templatesFolder = templates
        outputFolder = output
        self.address = address
    }
}
