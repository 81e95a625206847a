#!/usr/bin/env bash
# Benchmarks gosub against the Go toolchain on the programs in bench/progs/.
# Prints a Markdown table (the README's Performance section shows one). Never part of the test run.
#
#   bench/run.sh [-n RUNS] [-p REGEX] [--long SECONDS] [--timeout SECONDS] [-o FILE]
#
#   -n RUNS          runs per program and implementation (default 5); the table shows medians
#   -p REGEX         only the programs whose file name matches REGEX (grep -E)
#   --long SECONDS   when the first gosub run of a program takes longer than this, it is not
#                    repeated (median of one run; default 60, 0 = always repeat)
#   --timeout SECS   a single run taking longer is stopped and reported as such (default 600)
#   -o FILE          also write the table to FILE
#
# GOSUB=/path/to/gosub selects another launcher (default: the repository's ./gosub).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
gosub="${GOSUB:-$root/gosub}"
runs=5
pattern=""
long=60
timeout_s=600
outfile=""

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -p) pattern="$2"; shift 2 ;;
    --long) long="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    -o) outfile="$2"; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; usage 2 ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "run.sh: -n needs a positive integer" >&2; exit 2 ;; esac

work="$(mktemp -d "${TMPDIR:-/tmp}/gosub-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

timev=""
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then timev=/usr/bin/time; fi
timeout_cmd=()
if command -v timeout >/dev/null 2>&1; then timeout_cmd=(timeout --kill-after=10 "$timeout_s"); fi

progs=()
for f in "$here"/progs/*.go; do
  name="$(basename "$f" .go)"
  if [ -n "$pattern" ] && ! echo "$name" | grep -Eq -- "$pattern"; then continue; fi
  progs+=("$name")
done
[ ${#progs[@]} -gt 0 ] || { echo "run.sh: no program matches" >&2; exit 2; }

# (a) Build gosub once: the launcher rebuilds the jar (and its AOT cache) when sources changed.
echo "building gosub..." >&2
if ! "$gosub" run "$here/progs/01_hello.go" >"$work/build.out" 2>"$work/build.err"; then
  echo "run.sh: gosub could not run hello world:" >&2; cat "$work/build.err" >&2; exit 1
fi

# (b) Build every program with the Go toolchain when there is one.
have_go=""
if command -v go >/dev/null 2>&1; then
  have_go=1
  echo "building Go binaries with $(go version)..." >&2
  for name in "${progs[@]}"; do
    if ! (cd "$work" && go build -o "$work/$name.bin" "$here/progs/$name.go") 2>"$work/$name.goerr"; then
      echo "run.sh: go build $name.go failed:" >&2; cat "$work/$name.goerr" >&2
      rm -f "$work/$name.bin"
    fi
  done
fi

# One timed run: prints "SECONDS RSS_KB STATUS" (RSS_KB is - without /usr/bin/time).
# STATUS: ok, wrong (output differs from progs/NAME.out), exit=N, timeout.
measure() {
  local name="$1"; shift
  local start end status rss=-
  start=$(date +%s%N)
  if [ -n "$timev" ]; then
    "${timeout_cmd[@]}" "$timev" -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt"
  else
    "${timeout_cmd[@]}" "$@" >"$work/out.txt" 2>"$work/err.txt"
  fi
  status=$?
  end=$(date +%s%N)
  if [ -n "$timev" ] && [ -f "$work/time.txt" ]; then
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$work/time.txt")
    [ -n "$rss" ] || rss=-
    rm -f "$work/time.txt"
  fi
  local what=ok
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then what=timeout
  elif [ "$status" != 0 ]; then what="exit=$status"
  elif [ -f "$here/progs/$name.out" ] && ! cmp -s "$work/out.txt" "$here/progs/$name.out"; then what=wrong
  fi
  if [ "$what" != ok ]; then
    { echo "  $name: $what"; head -c 2000 "$work/err.txt"; head -c 500 "$work/out.txt"; } >&2
  fi
  awk -v s="$start" -v e="$end" -v r="$rss" -v w="$what" 'BEGIN { printf "%.4f %s %s\n", (e - s) / 1e9, r, w }'
}

# Median of the numbers on stdin.
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Largest of the numbers on stdin, in MB.
peak_mb() { awk '$1 != "-" { if ($1 > m) m = $1; n++ } END { if (!n) print "-"; else if (m < 10240) printf "%.1f MB", m / 1024; else printf "%.0f MB", m / 1024 }'; }
fmt_s() { awk -v t="$1" 'BEGIN { if (t == "-") print "-"; else if (t < 0.1) printf "%.3f s", t; else printf "%.2f s", t }'; }

rows=()
hello_g=""; hello_o=""
for name in "${progs[@]}"; do
  : >"$work/g.txt"; : >"$work/o.txt"
  for ((i = 1; i <= runs; i++)); do
    m=$(measure "$name" "$gosub" run "$here/progs/$name.go")
    echo "$m" >>"$work/g.txt"
    echo "  $name gosub run $i: $m" >&2
    t=${m%% *}
    if [ "$i" = 1 ] && [ "$runs" -gt 1 ] && [ "$long" != 0 ] && awk -v t="$t" -v l="$long" 'BEGIN { exit !(t > l) }'; then
      echo "  $name: first run took over ${long}s, not repeated" >&2
      break
    fi
    case "$m" in *timeout*) break ;; esac
  done
  if [ -n "$have_go" ] && [ -x "$work/$name.bin" ]; then
    for ((i = 1; i <= runs; i++)); do
      m=$(measure "$name" "$work/$name.bin")
      echo "$m" >>"$work/o.txt"
      echo "  $name go run $i: $m" >&2
    done
  fi
  gmed=$(awk '{ print $1 }' "$work/g.txt" | median)
  gn=$(wc -l <"$work/g.txt")
  grss=$(awk '{ print $2 }' "$work/g.txt" | peak_mb)
  gstat=$(awk '$3 != "ok" { print $3 }' "$work/g.txt" | sort -u | paste -sd, -)
  if [ -s "$work/o.txt" ]; then
    omed=$(awk '{ print $1 }' "$work/o.txt" | median)
    orss=$(awk '{ print $2 }' "$work/o.txt" | peak_mb)
    ostat=$(awk '$3 != "ok" { print $3 }' "$work/o.txt" | sort -u | paste -sd, -)
    ratio=$(awk -v a="$gmed" -v b="$omed" 'BEGIN { if (b <= 0 || a == "-") print "-"; else if (a / b < 10) printf "%.1fx", a / b; else printf "%.0fx", a / b }')
  else
    omed=-; orss=-; ostat=""; ratio=-
  fi
  notes=""
  [ "$gn" -lt "$runs" ] && notes="gosub: ${gn} run(s)"
  [ -n "$gstat" ] && notes="${notes:+$notes; }gosub: $gstat"
  [ -n "$ostat" ] && notes="${notes:+$notes; }go: $ostat"
  if [ "$name" = 01_hello ]; then hello_g="$gmed"; hello_o="$omed"; fi
  # The past-start-up column is filled in below, once hello world's medians are known.
  rows+=("$name|$gmed|$omed|| $name | $(fmt_s "$gmed") | $(fmt_s "$omed") | $ratio | @PAST@ | $grss | $orss | ${notes:-ok} |")
done

# Past start-up: each median less hello world's, on both sides, so that the ratio compares the
# programs' own work (the JVM's and gosub's start-up is most of the short programs' time).
past_ratio() {
  awk -v a="$1" -v b="$2" -v ha="${hello_g:--}" -v hb="${hello_o:--}" 'BEGIN {
    if (a == "-" || b == "-" || ha == "-" || hb == "-") { print "-"; exit }
    x = a - ha; y = b - hb
    if (y <= 0.001 || x <= 0) { print "-"; exit }
    if (x / y < 10) printf "%.1fx", x / y; else printf "%.0fx", x / y }'
}

{
  echo "| program | gosub median | Go median | gosub/Go | past start-up | gosub peak RSS | Go peak RSS | notes |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  for row in "${rows[@]}"; do
    IFS='|' read -r name gmed omed _ <<<"$row"
    past=-; [ "$name" != 01_hello ] && past=$(past_ratio "$gmed" "$omed")
    row="${row#*||}"
    echo "|${row/@PAST@/$past}"
  done
  echo
  echo "Runs per program: $runs (wall time of the whole process, median). Past start-up: the ratio of the medians less hello world's median on each side. Memory: $([ -n "$timev" ] && echo "peak RSS over the runs, from /usr/bin/time -v" || echo "not measured (no /usr/bin/time -v)")."
} | tee "$work/table.md"
[ -n "$outfile" ] && cp "$work/table.md" "$outfile"
exit 0
