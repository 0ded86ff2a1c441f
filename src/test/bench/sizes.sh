#!/usr/bin/env bash
# Both sizes in one command: the jar started on a fresh seed-size data directory and on the generated data
# (./data-volume, made once by ./mvnw spring-boot:test-run), side by side; single-requests.sh (median of single
# requests) and side-by-side.sh (wrk next to nginx) give one pair of tables per size:
#   ./mvnw -q package -DskipTests && src/test/bench/sizes.sh [jar] [port] [wrk-seconds]
# The seed size answers on port, the generated size on port + 1. Their single requests are measured in turn, ROUNDS
# times each (default 3), and each page's figures are the medians of its rounds: a machine that slows down for a
# minute slows both sizes, not only the second, and the ratio printed after the generated size's medians compares
# figures taken in the same minutes. Each size's JIT is warmed by a first, unprinted round.
# With ICMF_BENCH_EMAIL and ICMF_BENCH_PASSWORD set, the admin pages are measured too, signed in: the jar gets them as
# ICMF_ADMIN_EMAIL/ICMF_ADMIN_PASSWORD, which create that board account where none exists (always on the fresh seed
# directory).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$(ls target/icmf-site-*.jar | head -1)}
port=${2:-8092}
seconds=${3:-10}
rounds=${ROUNDS:-3}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
[ -d ./data-volume ] || { echo "No ./data-volume: run ./mvnw spring-boot:test-run once" >&2; exit 1; }

start() { # data directory, port
    ICMF_DATA_DIR=$1 ICMF_ADMIN_EMAIL=${ICMF_BENCH_EMAIL:-} ICMF_ADMIN_PASSWORD=${ICMF_BENCH_PASSWORD:-} \
        java -jar "$jar" --server.port="$2" --management.server.port=$(($2 + 100)) >"$work/$2.log" 2>&1 &
    pids+=($!)
}

start "$work/seed" "$port"
start ./data-volume $((port + 1))
for p in "$port" $((port + 1)); do
    for _ in $(seq 120); do
        curl -s -o /dev/null "http://localhost:$p/" && break
        sleep 1
    done
    "$here/single-requests.sh" "http://localhost:$p" 20 >/dev/null
done
for round in $(seq "$rounds"); do
    "$here/single-requests.sh" "http://localhost:$port" 20 >"$work/seed.$round.md"
    "$here/single-requests.sh" "http://localhost:$((port + 1))" 20 >"$work/volume.$round.md"
done

# One table of a size's rounds: each page's median of the rounds' medians and p90s (rows in the first round's order).
combine() { # size
    awk -F' [|] ' '
        function mid(list,   n, v, i, j, t) {
            n = split(list, v, " ")
            for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
            return v[int((n + 1) / 2)]
        }
        /^\| page/ || /^\|---/ { if (FNR == NR) print; next }
        { if (!($1 in seen)) { seen[$1] = 1; order[++rows] = $1; row[$1] = $1 " | " $2 " | " $3 }
          median[$1] = median[$1] " " $4; p90[$1] = p90[$1] " " sprintf("%.1f", $5) }
        END { for (i = 1; i <= rows; i++) { k = order[i]; print row[k] " | " mid(median[k]) " | " mid(p90[k]) " |" } }
    ' "$work/$1".*.md
}

# Adds the ratio of each median to the seed size's to the generated size's table.
ratios() {
    awk -F' [|] ' 'NR == FNR { if ($4 ~ /^[0-9.]+$/) median[$1] = $4; next }
        /^\|---/ { print $0 "---:|"; next }
        /^\| page/ { print $0 " × seed |"; next }
        { r = ($1 in median && median[$1] > 0) ? sprintf("%.1f", $4 / median[$1]) : "—"; print $0 " " r " |" }' \
        "$work/seed.md" -
}

combine seed >"$work/seed.md"
printf '\n## Seed size\n\n'
cat "$work/seed.md"
printf '\n## Generated size (./data-volume)\n\n'
combine volume | ratios

# Throughput one size at a time, the other idle.
printf '\n## Seed size, next to nginx\n\n'
"$here/side-by-side.sh" "http://localhost:$port" "$seconds" 32
printf '\n## Generated size, next to nginx\n\n'
"$here/side-by-side.sh" "http://localhost:$((port + 1))" "$seconds" 32
