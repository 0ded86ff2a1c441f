#!/usr/bin/env bash
# Both sizes in one command: the jar started on a fresh seed-size data directory, then on the generated data
# (./data-volume, made once by ./mvnw spring-boot:test-run), each measured by single-requests.sh (median of single
# requests) and side-by-side.sh (wrk next to nginx), one pair of tables per size:
#   ./mvnw -q package -DskipTests && src/test/bench/sizes.sh [jar] [port] [wrk-seconds]
# With ICMF_BENCH_EMAIL and ICMF_BENCH_PASSWORD set, both runs also measure the admin pages signed in: the jar gets
# them as ICMF_ADMIN_EMAIL/ICMF_ADMIN_PASSWORD, which create that board account where none exists (always on the
# fresh seed directory). The generated size's single-request table ends with the ratio to the seed size's median.
# Each size's single requests are measured after a first, unprinted round of the same requests warms the JIT.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$(ls target/icmf-site-*.jar | head -1)}
port=${2:-8092}
seconds=${3:-10}
seed=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$seed"' EXIT

run() { # label, data directory, name of the single-request table kept for the ratio
    ICMF_DATA_DIR=$2 ICMF_ADMIN_EMAIL=${ICMF_BENCH_EMAIL:-} ICMF_ADMIN_PASSWORD=${ICMF_BENCH_PASSWORD:-} \
        java -jar "$jar" --server.port="$port" --management.server.port=$((port + 100)) >"$seed/$3.log" 2>&1 &
    pid=$!
    for _ in $(seq 120); do
        curl -s -o /dev/null "http://localhost:$port/" && break
        sleep 1
    done
    printf '\n## %s\n\n' "$1"
    # The same warm-up for both sizes, so that neither is measured with a colder JIT than the other.
    "$here/single-requests.sh" "http://localhost:$port" 20 >/dev/null
    "$here/single-requests.sh" "http://localhost:$port" 20 | tee "$seed/$3.md" | ratios "$3"
    echo
    "$here/side-by-side.sh" "http://localhost:$port" "$seconds" 32
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
}

# Adds the ratio of each median to the seed size's to the generated size's table.
ratios() { # name of the table
    if [ "$1" != seed ]; then
        awk -F' [|] ' 'NR == FNR { if ($4 ~ /^[0-9.]+$/) median[$1] = $4; next }
            /^\|---/ { print $0 "---:|"; next }
            /^\| page/ { print $0 " × seed |"; next }
            { r = ($1 in median && median[$1] > 0) ? sprintf("%.1f", $4 / median[$1]) : "—"; print $0 " " r " |" }' \
            "$seed/seed.md" -
    else
        cat
    fi
}

run "Seed size" "$seed/data" seed
[ -d ./data-volume ] || { echo "No ./data-volume: run ./mvnw spring-boot:test-run once" >&2; exit 1; }
run "Generated size (./data-volume)" ./data-volume volume
