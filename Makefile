# Two commands set up a fresh Debian machine:
#   make site   builds the bundled Content/ into Output/
#   make test   runs every test
# Both install what they need first (libcmark-dev through apt when pkg-config cannot find it).

SWIFT      ?= swift
CONFIG     ?= release
KARTA       = .build/$(CONFIG)/karta
APT_GET     = $(if $(filter 0,$(shell id -u)),apt-get,sudo apt-get)

.PHONY: site test check deps build clean

site: build
	$(KARTA) build --content Content --templates Templates --output Output

check: build
	$(KARTA) check --content Content

test: deps
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

clean:
	rm -rf .build Output/*
