#!/usr/bin/env bash
# Benchmark the chibo stages against a DuckDB implementation of the same catalog.
#
#   scripts/bench/bench.sh [SCALE...]        (default: 10 50 200; scale 1 ≈ 3000 members)
#   YEARS=2020-2020 scripts/bench/bench.sh 2000   (the national year, ~3.5 GB of raw exports)
#   scripts/bench/bench.sh 2000                    (the national 5 years 2016-2020, ~17 GB)
#
# Per scale: generate the raw exports once (cached in .bench/data/scale-N/input), run
# chibo-ingest, chibo-indicators and chibo-report under /usr/bin/time -v, then
# scripts/bench/duckdb_indicators.py on the same normalized files and window, compare the
# two indicators.csv, and print a table (also written to .bench/results.md).
#
# Environment: YEARS (the years generated, FIRST-LAST; default chibo-sample's 2016-2020),
# QUARTER (2020-Q4), TERM_START (2016-01-01), MEETING_DEADLINE_DAY (10),
# REVIEW (tong-ket), BIN (.build/release), BENCH_DIR (.bench), DUCKDB_THREADS,
# DUCKDB_MEMORY_LIMIT, DUCKDB_TEMP_DIRECTORY (BENCH_DIR/duckdb-tmp), PYTHON (a python3
# with duckdb; default: the venv in BENCH_DIR, created with duckdb==2.0.0 when missing).
# DUCKDB_ONLY=1 NORMALIZED=<dir> [EXPECTED=<indicators.csv>]: time only the DuckDB script.
# Exit status: 0 when every run completed (even if outputs differ), 1 when a stage failed,
# 2 when a binary or a tool is missing, 64 on bad arguments.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

QUARTER=${QUARTER:-2020-Q4}
TERM_START=${TERM_START:-2016-01-01}
MEETING_DEADLINE_DAY=${MEETING_DEADLINE_DAY:-10}
REVIEW=${REVIEW:-tong-ket}
YEARS=${YEARS:-}
BIN=${BIN:-.build/release}
BENCH_DIR=${BENCH_DIR:-.bench}
DUCKDB_VERSION=2.0.0
export DUCKDB_TEMP_DIRECTORY=${DUCKDB_TEMP_DIRECTORY:-$BENCH_DIR/duckdb-tmp}
SCRIPT=scripts/bench/duckdb_indicators.py
RESULTS=$BENCH_DIR/results.md

if [ $# -eq 0 ]; then set -- 10 50 200; fi
for scale in "$@"; do
    [[ $scale =~ ^[0-9]+$ ]] && [ "$scale" -gt 0 ] || {
        echo "bench.sh: error: expected a positive integer SCALE, found '$scale'" >&2
        exit 64
    }
done
[ -z "$YEARS" ] || [[ $YEARS =~ ^[0-9]{4}-[0-9]{4}$ ]] || {
    echo "bench.sh: error: expected YEARS as FIRST-LAST such as 2020-2020, found '$YEARS'" >&2
    exit 64
}

die_missing() { echo "bench.sh: error: $1" >&2; exit 2; }

[ -x /usr/bin/time ] || die_missing "/usr/bin/time is missing (apt-get install time)"

# --- DuckDB in a venv outside the tracked tree --------------------------------------------
if [ -n "${PYTHON:-}" ]; then
    "$PYTHON" -c 'import duckdb' 2>/dev/null || die_missing "$PYTHON cannot import duckdb"
else
    PYTHON=$BENCH_DIR/venv/bin/python
    if ! "$PYTHON" -c "import duckdb, sys; sys.exit(duckdb.__version__ != '$DUCKDB_VERSION')" 2>/dev/null; then
        echo "bench.sh: installing duckdb==$DUCKDB_VERSION into $BENCH_DIR/venv" >&2
        python3 -m venv "$BENCH_DIR/venv" || die_missing "python3 -m venv failed (apt-get install python3-venv)"
        "$BENCH_DIR/venv/bin/pip" install --quiet "duckdb==$DUCKDB_VERSION" ||
            die_missing "pip install duckdb==$DUCKDB_VERSION failed"
    fi
fi
DUCKDB_REPORTED=$("$PYTHON" -c 'import duckdb; print(duckdb.__version__)')
DUCKDB_THREADS_USED=${DUCKDB_THREADS:-$("$PYTHON" -c \
    "import duckdb; print(duckdb.connect().execute(\"SELECT current_setting('threads')\").fetchone()[0])")}

# --- measuring ----------------------------------------------------------------------------
# measure NAME LOG STDOUT -- command...: runs the command under /usr/bin/time -v, its
# stderr (and its stdout unless STDOUT names a file) into LOG; sets SECONDS_, CPU_ and
# RSS_MIB_ and returns the command's exit status.
measure() {
    local log=$2 stdout=${3:-$2} timing=$2.time status=0
    shift 4
    if [ "$stdout" = "$log" ]; then
        /usr/bin/time -v -o "$timing" "$@" >"$log" 2>&1 || status=$?
    else
        /usr/bin/time -v -o "$timing" "$@" >"$stdout" 2>"$log" || status=$?
    fi
    SECONDS_=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$timing")
    CPU_=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$timing")
    RSS_MIB_=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$timing")
    return $status
}

# files_stats FILE...: prints "<MB> <rows>" (rows = lines minus one header line per file).
files_stats() {
    local bytes=0 rows=0 f
    for f in "$@"; do
        [ -f "$f" ] || continue
        bytes=$((bytes + $(stat -c %s "$f")))
        rows=$((rows + $(wc -l <"$f") - 1))
    done
    awk -v b="$bytes" -v r="$rows" 'BEGIN { printf "%.1f %d\n", b / 1048576, r }'
}

# cached_stats CACHE FILE...: files_stats, computed once and kept in CACHE.
cached_stats() {
    local cache=$1
    shift
    [ -s "$cache" ] || files_stats "$@" >"$cache"
    cat "$cache"
}

ROWS_MD=()
TABLE_LINES=()
row() {  # stage MB rows seconds cpu rss
    local line
    line=$(awk -v st="$1" -v mb="$2" -v rows="$3" -v s="$4" -v cpu="$5" -v rss="$6" 'BEGIN {
        mbs = (s > 0 && mb != "-") ? sprintf("%.1f", mb / s) : "-"
        rps = (s > 0 && rows != "-") ? sprintf("%.0f", rows / s) : "-"
        printf "%s|%s|%s|%s|%s|%s|%s|%s", st, mb, rows, s, cpu, mbs, rps, rss }')
    TABLE_LINES+=("$line")
}
print_table() {  # title [DuckDB seconds]: adds each stage's time as a multiple of DuckDB's
    local header="stage|MB|rows|seconds|CPU s|MB/s|rows/s|peak RSS MiB|× DuckDB" duck=${2:-} l
    local lines=()
    for l in "${TABLE_LINES[@]}"; do
        lines+=("$l|$(awk -v line="$l" -v d="$duck" 'BEGIN {
            split(line, f, "|")
            if (d == "" || d + 0 <= 0 || f[4] == "-") print "-"; else printf "%.2f", f[4] / d }')")
    done
    echo
    echo "$1"
    { echo "$header"; printf '%s\n' "${lines[@]}"; } | column -t -s '|' -R 2,3,4,5,6,7,8,9
    ROWS_MD+=("" "### $1" "" "| ${header//|/ | } |" "|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for l in "${lines[@]}"; do ROWS_MD+=("| ${l//|/ | } |"); done
    TABLE_LINES=()
}
note() { echo "$1"; ROWS_MD+=("" "$1"); }

# compare_outputs CHIBO DUCKDB: MATCH, or DIFFER with the first differing lines.
compare_outputs() {
    if cmp -s "$1" "$2"; then
        note "indicators.csv: MATCH (chibo and DuckDB byte-identical, $(($(wc -l <"$1") - 1)) rows)"
        return
    fi
    if [ ! -f "$1" ]; then
        note "indicators.csv: DIFFER (chibo wrote no $1)"
        return
    fi
    local how="DIFFER"
    if cmp -s <(LC_ALL=C sort "$1") <(LC_ALL=C sort "$2"); then how="DIFFER (same rows, different order)"; fi
    note "indicators.csv: $how — $(cmp "$1" "$2" 2>&1 | head -1)"
    local first
    first=$(diff <(cat "$1") <(cat "$2") | head -12 || true)
    echo "$first" | sed 's/^/    /'
    ROWS_MD+=("" '```diff' "--- chibo" "+++ duckdb" "$first" '```')
}

run_duckdb() {  # NORMALIZED OUT_CSV LOG
    local status=0
    measure duckdb "$3" "$2.partial" -- "$PYTHON" "$SCRIPT" "$1" "$QUARTER" "$TERM_START" \
        "$MEETING_DEADLINE_DAY" "$REVIEW" || status=$?
    if [ $status -eq 0 ]; then
        mv -f "$2.partial" "$2"
    else
        echo "bench.sh: duckdb_indicators.py failed ($status):" >&2
        tail -5 "$3" >&2
    fi
    return $status
}

mkdir -p "$BENCH_DIR"
ROWS_MD+=("# chibo benchmark" ""
    "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'),"
    "$(nproc) CPU ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)),"
    "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, DuckDB $DUCKDB_REPORTED"
    "(DuckDB threads: $DUCKDB_THREADS_USED; CPU s above seconds means parallel work), load average at start"
    "$(cut -d' ' -f1-3 /proc/loadavg). Years: ${YEARS:-2016-2020}. Window: QUARTER=$QUARTER TERM_START=$TERM_START"
    "MEETING_DEADLINE_DAY=$MEETING_DEADLINE_DAY REVIEW=$REVIEW."
    ""
    "DuckDB reads chibo's normalized files: its time excludes the CSV normalization (ingest)."
    "Ratios are chibo time / DuckDB time (below 1: chibo faster); the last column gives each"
    "stage's wall time as a multiple of DuckDB's.")

# --- DuckDB alone on an existing normalized folder -----------------------------------------
if [ "${DUCKDB_ONLY:-0}" = 1 ]; then
    [ -n "${NORMALIZED:-}" ] || { echo "bench.sh: error: DUCKDB_ONLY=1 needs NORMALIZED=<dir>" >&2; exit 64; }
    out=$BENCH_DIR/duckdb-only
    mkdir -p "$out"
    read -r mb rows < <(files_stats "$NORMALIZED"/*.csv)
    run_duckdb "$NORMALIZED" "$out/indicators.csv" "$out/duckdb.log" || exit 1
    row "duckdb indicators" "$mb" "$rows" "$SECONDS_" "$CPU_" "$RSS_MIB_"
    print_table "DuckDB on $NORMALIZED" "$SECONDS_"
    if [ -n "${EXPECTED:-}" ]; then compare_outputs "$EXPECTED" "$out/indicators.csv"; fi
    printf '%s\n' "${ROWS_MD[@]}" >"$RESULTS"
    echo
    echo "written: $out/indicators.csv, $RESULTS"
    exit 0
fi

# --- the product binaries -------------------------------------------------------------------
for tool in chibo-sample chibo-ingest chibo-indicators chibo-report; do
    [ -x "$BIN/$tool" ] || die_missing "$BIN/$tool is missing: build it first (make build, or swift build -c release)"
done

failed=0
for scale in "$@"; do
    dir=$BENCH_DIR/data/scale-$scale${YEARS:+-years-$YEARS}
    input=$dir/input
    output=$dir/output
    logs=$dir/logs
    mkdir -p "$dir" "$logs"

    if [ ! -f "$dir/input.done" ]; then
        rm -rf "$input" "$dir/input.stats"
        echo "scale $scale: generating raw exports into $input" >&2
        if ! measure sample "$logs/sample.log" "" -- "$BIN/chibo-sample" --output "$input" --seed 1 --scale "$scale" \
            ${YEARS:+--years "$YEARS"}; then
            echo "bench.sh: chibo-sample failed at scale $scale:" >&2
            tail -5 "$logs/sample.log" >&2
            failed=1
            continue
        fi
        echo "scale $scale: generated in ${SECONDS_} s" >&2
        touch "$dir/input.done"
    fi

    rm -rf "$output"
    mkdir -p "$output"
    quarter_dir=$output/$REVIEW/$QUARTER
    total_s=0
    read -r in_mb in_rows < <(cached_stats "$dir/input.stats" "$input"/*.csv)

    chibo_ok=1
    mark=""
    echo "scale $scale: chibo-ingest" >&2
    if ! measure ingest "$logs/ingest.log" "" -- "$BIN/chibo-ingest" --input "$input" --output "$output"; then
        echo "bench.sh: chibo-ingest exited non-zero at scale $scale (log: $logs/ingest.log)" >&2
        tail -5 "$logs/ingest.log" >&2
        failed=1 mark=" (FAILED)" chibo_ok=0
    fi
    row "chibo ingest$mark" "$in_mb" "$in_rows" "$SECONDS_" "$CPU_" "$RSS_MIB_"
    total_s=$(awk -v a="$total_s" -v b="$SECONDS_" 'BEGIN { print a + b }')
    if [ ! -d "$output/normalized" ]; then
        print_table "scale $scale — ingest wrote no normalized files; skipping the rest"
        failed=1
        continue
    fi
    read -r norm_mb norm_rows < <(files_stats "$output/normalized"/*.csv)

    mark=""
    echo "scale $scale: chibo-indicators" >&2
    if ! measure indicators "$logs/indicators.log" "" -- "$BIN/chibo-indicators" --normalized "$output/normalized" \
        --output "$quarter_dir" --review "$REVIEW" --quarter "$QUARTER" --term-start "$TERM_START" \
        --meeting-deadline-day "$MEETING_DEADLINE_DAY"; then
        echo "bench.sh: chibo-indicators exited non-zero at scale $scale (log: $logs/indicators.log)" >&2
        tail -5 "$logs/indicators.log" >&2
        failed=1 mark=" (FAILED)" chibo_ok=0
    fi
    row "chibo indicators$mark" "$norm_mb" "$norm_rows" "$SECONDS_" "$CPU_" "$RSS_MIB_"
    indicators_s=$SECONDS_
    total_s=$(awk -v a="$total_s" -v b="$SECONDS_" 'BEGIN { print a + b }')

    mark=""
    echo "scale $scale: chibo-report" >&2
    read -r rep_mb rep_rows < <(files_stats "$quarter_dir/indicators.csv" "$output/rejects.csv" \
        "$output/ingest_summary.csv")
    if ! measure report "$logs/report.log" "" -- "$BIN/chibo-report" --output "$output" --quarter "$QUARTER" \
        --review "$REVIEW"; then
        echo "bench.sh: chibo-report exited non-zero at scale $scale (log: $logs/report.log)" >&2
        tail -5 "$logs/report.log" >&2
        failed=1 mark=" (FAILED)" chibo_ok=0
    fi
    row "chibo report$mark" "$rep_mb" "$rep_rows" "$SECONDS_" "$CPU_" "$RSS_MIB_"
    total_s=$(awk -v a="$total_s" -v b="$SECONDS_" 'BEGIN { print a + b }')
    row "chibo total" "$in_mb" "$in_rows" "$total_s" "-" "-"

    echo "scale $scale: duckdb_indicators.py" >&2
    duck_ok=1
    run_duckdb "$output/normalized" "$dir/duckdb-indicators.csv" "$logs/duckdb.log" || { duck_ok=0; failed=1; }
    row "duckdb indicators" "$norm_mb" "$norm_rows" "$SECONDS_" "$CPU_" "$RSS_MIB_"
    duck_s=$SECONDS_

    members=$(($(wc -l <"$output/normalized/members.csv") - 1))
    print_table "scale $scale${YEARS:+ (years $YEARS)} — $members member rows, input $in_mb MB / $in_rows rows" \
        "$([ $duck_ok = 1 ] && echo "$duck_s")"
    if [ $duck_ok = 1 ] && [ $chibo_ok = 0 ]; then
        note "no ratio: a chibo stage failed (logs in $logs)"
    fi
    if [ $duck_ok = 1 ] && [ $chibo_ok = 1 ]; then
        note "$(awk -v t="$total_s" -v i="$indicators_s" -v d="$duck_s" 'BEGIN {
            if (d <= 0) { print "DuckDB time too small to compare"; exit }
            printf "ratio chibo (ingest+indicators+report) / DuckDB: %.2f; chibo indicators / DuckDB: %.2f", t / d, i / d }')"
        compare_outputs "$quarter_dir/indicators.csv" "$dir/duckdb-indicators.csv"
    fi
done

printf '%s\n' "${ROWS_MD[@]}" >"$RESULTS"
echo
echo "written: $RESULTS"
exit $failed
