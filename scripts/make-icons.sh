#!/usr/bin/env bash
# Renders assets/icon.svg to the PNG sizes the manifest names, with headless Chromium.
# Run by hand after changing the SVG; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
cp assets/icon.svg "$work/"
for size in 16 32 48 128; do
	printf '<html><body style="margin:0;background:transparent"><img src="icon.svg" width="%s" height="%s" style="display:block"></body></html>' "$size" "$size" > "$work/page.html"
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
		--no-first-run --hide-scrollbars --default-background-color=00000000 --window-size="$size,$size" \
		--screenshot="assets/icon-$size.png" "file://$work/page.html" >/dev/null 2>&1
done
rm -rf "$work"
ls -l assets/icon-*.png
