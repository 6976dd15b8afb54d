#!/usr/bin/env bash
# Times a cold `newsprint render` of the seed page against the peers making the same page
# (bench/peers/seed.html in Chromium and WeasyPrint, bench/peers/seed.typ in Typst), each a whole
# process started cold, the tools taking turns round after round so they share the machine's
# state. Prints each tool's median and newsprint's ratio to the faster browser. A peer that is
# not installed is named and skipped:
#   Chromium, WeasyPrint: apt-get install chromium weasyprint
#   Typst: npm install --prefix bench/peers @myriaddreamin/typst-ts-node-compiler@0.7.0
#          (or TYPST_MODULES=/path/to/node_modules)
# usage: bench/peers.sh [ROUNDS]   (default 10)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$here"

tools=(newsprint)
declare -A cmd
cmd[newsprint]="./newsprint render examples/seed/page.yaml -o $out/newsprint.pdf"
if command -v chromium >/dev/null 2>&1; then
  tools+=(chromium)
  cmd[chromium]="chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
--disable-component-update --disable-sync --user-data-dir=$out/chromium-profile --no-pdf-header-footer \
--print-to-pdf=$out/chromium.pdf file://$here/bench/peers/seed.html"
else
  echo "not installed: chromium (apt-get install chromium)"
fi
if command -v weasyprint >/dev/null 2>&1; then
  tools+=(weasyprint)
  cmd[weasyprint]="weasyprint bench/peers/seed.html $out/weasyprint.pdf"
else
  echo "not installed: weasyprint (apt-get install weasyprint)"
fi
modules="${TYPST_MODULES:-$here/bench/peers/node_modules}"
if command -v node >/dev/null 2>&1 && [ -d "$modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  tools+=(typst)
  cmd[typst]="node bench/peers/typst.js $modules $here/fonts bench/peers/seed.typ $out/typst.pdf"
else
  echo "not installed: typst (npm install --prefix bench/peers @myriaddreamin/typst-ts-node-compiler@0.7.0)"
fi

# one run each first: newsprint builds its jar and class-data cache, Chromium makes its profile
for t in "${tools[@]}"; do eval "${cmd[$t]}" >/dev/null 2>&1; done

declare -A times
for ((r = 0; r < rounds; r++)); do
  for t in "${tools[@]}"; do
    a=$(date +%s%N)
    eval "${cmd[$t]}" >/dev/null 2>&1
    b=$(date +%s%N)
    times[$t]+="$(( (b - a) / 1000000 )) "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "cold runs of the seed page, $rounds rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-12s %10s %8s\n' tool "median ms" pages
declare -A med
for t in "${tools[@]}"; do
  med[$t]=$(echo "${times[$t]}" | median)
  pages=$(pdfinfo "$out/$t.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  printf '%-12s %10s %8s\n' "$t" "${med[$t]}" "${pages:-?}"
done
best=""
for t in chromium weasyprint; do
  if [ -n "${med[$t]:-}" ] && { [ -z "$best" ] || [ "${med[$t]%.*}" -lt "${med[$best]%.*}" ]; }; then best=$t; fi
done
if [ -n "$best" ]; then
  awk -v n="${med[newsprint]}" -v b="${med[$best]}" -v t="$best" 'BEGIN { printf "newsprint / %s = %.2f (target 0.70 or less)\n", t, n / b }'
fi
