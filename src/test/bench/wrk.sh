#!/usr/bin/env bash
# Throughput of the public pages of a running site, measured with wrk (Debian package `wrk`).
#   ./mvnw spring-boot:run &   # then, once it answers:
#   src/test/bench/wrk.sh [base-url] [seconds] [connections]
# Prints requests/second and latency percentiles per page. Figures depend on the machine: quote them with it.
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-15}
connections=${3:-16}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

for path in / "/?page=2" /blog/2009/05/communique-de-presse /blog/2009/03 /blog/etiquettes/metier \
            "/recherche?q=community" /blog/feed.atom /charte /le-metier /evenements /association/regions /contact; do
    printf '\n== %s\n' "$path"
    # gzip as browsers ask for it; 2 threads for the 2 cores the load shares with the server.
    wrk -t2 -c"$connections" -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' "$base$path" \
        | grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx'
done
