#!/usr/bin/env bash
# Rebuild geography/data/region_map.json (the region map's SVG path data) from
# Natural Earth's public-domain boundaries. Run by hand, once, when the map
# should change; the site and the tests only read the committed JSON. The npm
# packages go to a temporary folder, so the test tools' node_modules stay as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-save --no-audit --no-fund --silent \
  world-atlas@2.0.2 topojson-client@3.1.0 topojson-simplify@3.0.3
REGION_MAP_NODE_MODULES="$tmp/node_modules" node scripts/region_map.mjs geography/data/region_map.json
