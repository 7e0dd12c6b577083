import ArgumentParser
import Foundation
import KartaServe
import KartaSite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it on this machine and rebuild it on every change.",
        discussion: """
            Content and templates are watched; every change rebuilds the site and reloads the open pages. \
            A build that fails shows its problems over the pages in the browser, and the last good site stays served. \
            The preview listens on loopback only unless --host says otherwise. Stop it with Ctrl-C.
            """)

    @OptionGroup var folders: FolderOptions

    @Option(help: "The output folder (default: Output in the site root).")
    var output: String?

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 8000

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Flag(help: "Replace the output folder even if it holds files that are not a Karta site.")
    var force = false

    func run() async throws {
        let printer = ReportPrinter()
        let address = ListenAddress(host: host, port: port)
        // A host that cannot be listened on is said first, whatever the folders.
        if let problem = address.problem {
            printer.error(problem.description)
            throw ExitCode(1)
        }
        let folders = try self.folders.resolved()
        let output = folders.output(output)
        // After the first build, a change renders only the pages it reaches and writes only what differs.
        let builder = IncrementalBuild(content: folders.content, templates: folders.templates, output: output, force: force, overBuiltInTheme: true, preview: true)
        let configuration = ServeConfiguration(content: folders.content, templates: folders.templates, output: output, address: address)
        let server: PreviewServer
        do {
            server = try PreviewServer(configuration, rebuild: { builder.build() }, onBuild: { [output] report in
                Self.printBuild(report, output: output, printer: printer)
            })
        } catch {
            printer.error(error.description)
            throw ExitCode(1)
        }
        // Only once the address is known to be one this machine listens on.
        if !address.isLoopback {
            printer.warning("\(host) may be reachable from other machines; the preview is meant for loopback (127.0.0.1)")
        }
        async let running: Void = server.run()
        do {
            let listening = try await server.waitUntilListening()
            printer.say("Serving \(output) at \(address.url(port: listening)) (Ctrl-C to stop)")
            try await running
        } catch {
            printer.error("cannot serve at \(address.url()): \(error)")
            throw ExitCode(1)
        }
    }

    private static func printBuild(_ report: BuildReport, output: String, printer: ReportPrinter) {
        printer.printDiagnostics(report.diagnostics)
        if let failure = report.writeFailure {
            printer.error("\(failure); the last good site in \(output) is still served")
        } else if !report.succeeded {
            printer.error("build failed: \(printer.counts(report.diagnostics)); the last good site in \(output) is still served")
        } else {
            printer.say(printer.built(report, into: output))
        }
    }
}
