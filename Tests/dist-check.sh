#!/usr/bin/env bash
# Checks the tarball of `make dist` as a department would use it (issue 16, point 4): unpacked in a
# fresh temporary folder, run with PATH=/usr/bin:/bin and an empty environment (no Swift toolchain,
# no LD_LIBRARY_PATH), `karta new site demo && cd demo && karta build && karta check` must work with
# the binary alone (the theme built in), and the binary must need no Swift runtime library.
#   Tests/dist-check.sh dist/karta-VERSION-linux-x86_64.tar.gz
set -euo pipefail
tarball=$(realpath "${1:?usage: dist-check.sh KARTA_TARBALL}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
pass() { echo "dist-check: ok: $1"; }
fail() { echo "dist-check: FAILED: $1"; failed=$((failed + 1)); }

tar -xzf "$tarball" -C "$work"
folder="$work/$(basename "$tarball" .tar.gz)"
karta="$folder/bin/karta"
[ -x "$karta" ] && pass "the tarball holds bin/karta" || { fail "no executable bin/karta in $tarball"; exit 1; }
[ -f "$folder/README.md" ] && pass "the tarball holds README.md" || fail "no README.md in $tarball"

# Only system libraries: nothing of the Swift toolchain, nothing missing.
libraries=$(env -i PATH=/usr/bin:/bin ldd "$karta" 2>&1 || true)
if grep -Eq 'libswift|libFoundation|libdispatch|libBlocksRuntime|not found' <<<"$libraries"; then
  fail "the binary needs libraries the system does not provide:"; echo "$libraries"
else
  pass "the binary needs only system libraries ($(awk '/=>/ {print $1}' <<<"$libraries" | tr '\n' ' '))"
fi

# A clean environment: the toolchain lives outside /usr/bin:/bin (in /opt/swift or ~/.swiftly), and
# with env -i nothing else leaks in.
run() { (cd "$1" && shift && env -i HOME="$work" LANG=C.UTF-8 PATH=/usr/bin:/bin "$@"); }
if env -i PATH=/usr/bin:/bin sh -c 'command -v swift' >/dev/null 2>&1; then
  echo "dist-check: note: a swift is on /usr/bin:/bin here; the check still runs without the toolchain's libraries"
fi
version=$(run "$work" "$karta" --version) && pass "karta --version: $version" || fail "karta --version failed"
mkdir "$work/clean"
if run "$work/clean" "$karta" new site demo >/dev/null; then pass "karta new site demo"; else fail "karta new site demo"; fi
if run "$work/clean/demo" "$karta" build; then pass "karta build in demo (built-in theme)"; else fail "karta build in demo"; fi
[ -f "$work/clean/demo/Output/index.html" ] && [ -f "$work/clean/demo/Output/assets/karta.css" ] &&
  pass "the site has its pages and the theme's assets" || fail "Output/index.html or Output/assets/karta.css is missing"
if run "$work/clean/demo" "$karta" check; then pass "karta check in demo"; else fail "karta check in demo"; fi
for shell in bash-completion/completions/karta zsh/site-functions/_karta fish/vendor_completions.d/karta.fish; do
  grep -q karta "$folder/share/$shell" 2>/dev/null && pass "completion share/$shell" || fail "no completion share/$shell"
done

# karta serve: builds, listens on a free port, answers the home page; stopped with SIGINT as Ctrl-C would.
log="$work/serve.log"
(cd "$work/clean/demo" && exec env -i HOME="$work" LANG=C.UTF-8 PATH=/usr/bin:/bin "$karta" serve --port 0 >"$log" 2>&1) &
server=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/\?' "$log" | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.2
done
if [ -n "$url" ] && python3 -c 'import sys, urllib.request; body = urllib.request.urlopen(sys.argv[1], timeout=10).read().decode(); sys.exit(0 if "<main" in body else 1)' "$url"; then
  pass "karta serve answers $url"
else
  fail "karta serve did not answer (log: $(tr '\n' ' ' <"$log"))"
fi
kill -INT "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true

[ "$failed" -eq 0 ] && echo "dist-check: all passed" || { echo "dist-check: $failed failed"; exit 1; }
