import KartaModel
import KartaRender

/// The diagnostics of a failed build as HTML: a panel over the last good page, or a page of its own
/// when no build has succeeded yet. Each line is what the terminal prints, `file:line:column: error: message`.
enum ProblemsHTML {
    static let panelID = "karta-build-problems"

    /// Fixed to the bottom of the window, above the page, scrolling when the list is long.
    static func panel(_ diagnostics: Diagnostics) -> String {
        let style = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:50vh;overflow:auto;margin:0;padding:1em 1.5em;"
            + "background:#fff4f4;color:#000;border-top:4px solid #b00020;font:14px/1.4 system-ui,sans-serif;box-shadow:0 -2px 8px rgba(0,0,0,.3)"
        return #"<div role="alert" id="\#(panelID)" lang="en" style="\#(style)">"#
            + "<p style=\"margin:0 0 .5em\"><strong>\(HTMLText.escape(headline(diagnostics)))</strong> "
            + "The page below is from the last good build; save a fix and it reloads.</p>\n"
            + list(diagnostics) + "</div>\n"
    }

    /// The whole page, served with status 500, when there is no good build to show.
    static func page(_ diagnostics: Diagnostics, reload: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed — karta serve</title>
        </head>
        <body style="font:16px/1.5 system-ui,sans-serif;margin:2em">
        <main role="alert" id="\(panelID)">
        <h1>\(HTMLText.escape(headline(diagnostics)))</h1>
        <p>There is no good build to show yet. Save a fix and this page reloads.</p>
        \(list(diagnostics))</main>
        \(reload)
        </body>
        </html>

        """
    }

    private static func headline(_ diagnostics: Diagnostics) -> String {
        let errors = diagnostics.errors.count
        return "Build failed: \(errors) error\(errors == 1 ? "" : "s")."
    }

    private static func list(_ diagnostics: Diagnostics) -> String {
        let items = diagnostics.sorted.map { "<li><code style=\"white-space:pre-wrap\">\(HTMLText.escape($0.description))</code></li>\n" }
        return "<ul style=\"margin:0;padding-left:1.5em\">\n" + items.joined() + "</ul>\n"
    }
}
