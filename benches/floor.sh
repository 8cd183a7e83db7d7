#!/usr/bin/env bash
# Uitzicht on the example and on a case at the documented limits beside an empty eframe
# window (examples/empty_window.rs, the same eframe features and renderer) and that window
# drawing one line of text (what drawing anything costs the driver), each under Xvfb
# at 1366×768, three runs each: time from
# main to the first presented frame and resident memory then and after ten seconds idle,
# as each program measures itself (UITZICHT_STARTUP_REPORT). Prints the medians side by
# side. Needs Xvfb (xvfb-run); Linux only (memory from /proc).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin uitzicht --example empty_window
release="${CARGO_TARGET_DIR:-target}/release"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One run of a program under its own X server; prints its three readings.
run() {
  HOME="$work/home" XDG_DATA_HOME="$work/data" UITZICHT_STARTUP_REPORT=1 \
    xvfb-run -a -s "-screen 0 1366x768x24" "$@" 2>&1 >/dev/null \
    | grep -E '^(first_frame_ms|rss_first_frame_kb|rss_idle_kb) '
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The largest case the documented limits allow (500 meetings, the last with 100 circles of
# 1,000 items), written by the limits bench.
UITZICHT_LIMITS_CASE_OUT="$work/grens.uitzicht" cargo bench --quiet --bench limits >/dev/null

declare -A result
for program in empty text example limits; do
  : >"$work/$program.txt"
  for _ in 1 2 3; do
    case $program in
      empty) run "$release"/examples/empty_window >>"$work/$program.txt" ;;
      text) UITZICHT_FLOOR_TEXT=1 run "$release"/examples/empty_window >>"$work/$program.txt" ;;
      example)
        cp examples/voorbeeld.uitzicht "$work/voorbeeld.uitzicht"
        rm -f "$work/voorbeeld.uitzicht.lock"
        run "$release"/uitzicht "$work/voorbeeld.uitzicht" >>"$work/$program.txt" ;;
      limits)
        rm -f "$work/grens.uitzicht.lock"
        run "$release"/uitzicht "$work/grens.uitzicht" >>"$work/$program.txt" ;;
    esac
  done
  for key in first_frame_ms rss_first_frame_kb rss_idle_kb; do
    result[$program.$key]=$(awk -v k="$key" '$1 == k { print $2 }' "$work/$program.txt" | median)
  done
done

printf '%-22s %12s %10s %10s %10s %10s %10s %10s\n' "" "empty window" "one line" "example" "above" \
  "above line" "at limits" "above"
for key in first_frame_ms rss_first_frame_kb rss_idle_kb; do
  a=${result[empty.$key]:-0}; l=${result[text.$key]:-0}; b=${result[example.$key]:-0}
  c=${result[limits.$key]:-0}
  printf '%-22s %12s %10s %10s %10s %10s %10s %10s\n' "$key" "$a" "$l" "$b" "$((b - a))" "$((b - l))" \
    "$c" "$((c - a))"
done
