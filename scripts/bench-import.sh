#!/usr/bin/env bash
# Times `tally marks import` of a national-scale file (1,000,200 marks) against sqlite3's own
# `.import --csv` of the same file into a bare table, on this machine, in one run.
#
#     scripts/bench-import.sh [OUT_DIR]
#
# Needs python3 and sqlite3 (Debian: apt-get install sqlite3). Builds tally in release.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/bench-national}"
mkdir -p "$out"
[ -f "$out/marks.csv" ] || python3 scripts/generate-national.py "$out"
swift build -c release --product tally >/dev/null 2>&1
tally=".build/release/tally"
rm -f "$out"/*.sqlite*

export TALLY_DB="$out/tally.sqlite" TALLY_OPERATOR=bench
"$tally" init "$out/national.yaml" >/dev/null
"$tally" entrants import "$out/entrants.csv" >/dev/null

measure() {  # prints "seconds peak-KiB" of a command
  /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1
}
rows=$(($(wc -l < "$out/marks.csv") - 1))
tally_figures=$(measure "$tally" marks import "$out/marks.csv")
sqlite_figures=$(measure sqlite3 "$out/bare.sqlite" ".import --csv $out/marks.csv marks")
read -r tally_s tally_kib <<<"$tally_figures"
read -r sqlite_s sqlite_kib <<<"$sqlite_figures"
echo "marks: $rows"
echo "tally marks import (validation, audit, one transaction): ${tally_s} s, peak ${tally_kib} KiB"
echo "sqlite3 .import --csv into a bare table:               ${sqlite_s} s, peak ${sqlite_kib} KiB"
python3 -c "print(f'ratio: {float(\"$tally_s\") / max(float(\"$sqlite_s\"), 0.001):.2f}x')"
