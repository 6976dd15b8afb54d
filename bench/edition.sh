#!/usr/bin/env bash
# Times a cold `newsprint edition` of a 16-page edition, whole process: the example edition's
# eight pages (examples/edition/) and seven of them again as pages 9-16 (copies, so every page
# is its own file), written as plates (and, with --archive, the archive PDF and its sidecars).
# Prints each run and the median.
# usage: bench/edition.sh [RUNS] [--archive]   (default 5 runs, plates only)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"

cp -r examples/edition "$work/edition"
ed="$work/edition"
pages=()
for i in 1 2 3 4 5 6 7 8; do pages+=("p$i.yaml"); done
n=9
for i in 2 3 4 5 6 7 8 2; do
  cp "$ed/p$i.yaml" "$ed/q$n.yaml"
  pages+=("q$n.yaml")
  n=$((n + 1))
done
# the same edition file with the longer page list (the first page keeps its front layout)
{
  sed '/^pages:/,$d' "$ed/edition.yaml"
  echo "pages:"
  echo "  - {file: p1.yaml, layout: broadsheet-front}"
  for p in "${pages[@]:1}"; do echo "  - $p"; done
} > "$ed/edition16.yaml"

# one run first: the launcher builds the jar and its class cache when needed
./newsprint edition "$ed/edition16.yaml" -o "$work/out" "$@" >/dev/null
count=$(ls "$work/out"/*_[0-9][0-9].pdf | wc -l)
echo "edition of $count pages ($*), $runs cold runs:"
times=()
cpus=()
for ((r = 0; r < runs; r++)); do
  a=$(date +%s%N)
  # the process's CPU time too (user and system, every thread): on a shared machine it varies less than the wall time
  cpu0=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  ./newsprint edition "$ed/edition16.yaml" -o "$work/out" "$@" >/dev/null 2>&1
  b=$(date +%s%N)
  cpu1=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  t=$(( (b - a) / 1000000 ))
  c=$(( (cpu1 - cpu0) * 1000 / $(getconf CLK_TCK) ))
  times+=("$t")
  cpus+=("$c")
  printf '  run %d: %d ms (CPU %d ms)\n' "$((r + 1))" "$t" "$c"
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median: $(med "${times[@]}") ms (CPU $(med "${cpus[@]}") ms on $(nproc) cores)"
