#!/usr/bin/env bash
# Both sizes in one command: the jar started on a fresh seed-size data directory, then on the generated data
# (./data-volume, made once by ./mvnw spring-boot:test-run), each measured by single-requests.sh (median of single
# requests) and side-by-side.sh (wrk next to nginx), one pair of tables per size:
#   ./mvnw -q package -DskipTests && src/test/bench/sizes.sh [jar] [port] [wrk-seconds]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$(ls target/icmf-site-*.jar | head -1)}
port=${2:-8092}
seconds=${3:-10}
seed=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$seed"' EXIT

run() { # label, data directory
    ICMF_DATA_DIR=$2 java -jar "$jar" --server.port="$port" >"$seed/$1.log" 2>&1 &
    pid=$!
    for _ in $(seq 120); do
        curl -s -o /dev/null "http://localhost:$port/" && break
        sleep 1
    done
    printf '\n## %s\n\n' "$1"
    "$here/single-requests.sh" "http://localhost:$port" 20
    echo
    "$here/side-by-side.sh" "http://localhost:$port" "$seconds" 32
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
}

run "Seed size" "$seed/data"
[ -d ./data-volume ] || { echo "No ./data-volume: run ./mvnw spring-boot:test-run once" >&2; exit 1; }
run "Generated size (./data-volume)" ./data-volume
