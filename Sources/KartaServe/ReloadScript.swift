import KartaRender

/// The script put into every served page: it listens to `ReloadEvents` and reloads the page.
///
/// It is a file of its own (`/__karta/reload.js`), not an inline script, so that it also runs under
/// the Content-Security-Policy the site is deployed with (`script-src 'self'`).
enum ReloadScript {
    static let path = "/__karta/reload.js"

    static let source = """
        (function () {
          var script = document.currentScript;
          var url = "\(ReloadEvents.path)?after=" + encodeURIComponent(script.dataset.after) +
            "&session=" + encodeURIComponent(script.dataset.session);
          var events = new EventSource(url);
          events.addEventListener("reload", function () {
            events.close();
            location.reload();
          });
        })();

        """

    /// The tag for a page served at `generation` by the server run `session`.
    static func tag(generation: Int, session: String) -> String {
        #"<script src="\#(path)" data-after="\#(generation)" data-session="\#(HTMLText.escape(session))"></script>"#
    }
}
