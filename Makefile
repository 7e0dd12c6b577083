# Two commands set up a fresh Debian machine:
#   make site   builds the bundled Content/ into Output/
#   make test   runs every test
# Both install what they need first (libcmark-dev through apt when pkg-config cannot find it);
# `make test` also installs chromium and poppler-utils, for the test that prints a report as PDF.

SWIFT      ?= swift
CONFIG     ?= release
KARTA       = .build/$(CONFIG)/karta
APT_GET     = $(if $(filter 0,$(shell id -u)),apt-get,sudo apt-get)

.PHONY: site test check deps pdf-deps build clean

site: build
	$(KARTA) build --content Content --templates Templates --output Output

check: build
	$(KARTA) check --content Content

test: deps pdf-deps
	$(SWIFT) test
	$(SWIFT) build --product karta
	./Tests/site-checks.sh .build/debug/karta

build: deps
	$(SWIFT) build -c $(CONFIG) --product karta

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

clean:
	rm -rf .build Output/*
