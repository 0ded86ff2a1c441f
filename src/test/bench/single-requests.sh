#!/usr/bin/env bash
# Median latency of single requests, one after the other (no concurrency), as the issue measures pages that no
# cache serves: src/test/bench/single-requests.sh [base-url] [requests] [page…]
# Prints one Markdown table: page, status, bytes, median and p90 in ms over `requests` runs after three warm-ups.
# Pages default to the public pages every reader opens plus those that grow with the data (search, directory,
# sitemap, the newest post, which carries the longest comment thread at generated size).
set -euo pipefail
base=${1:-http://localhost:8080}
runs=${2:-20}
shift $(( $# < 2 ? $# : 2 ))
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
    newest=$(curl -s "$base/blog/feed.atom" | grep -o '<link[^>]*href="[^"]*/blog/[0-9]\{4\}/[0-9]\{2\}/[^"]*"' \
        | head -1 | sed 's/.*href="[a-z]*:\/\/[^/]*//; s/"$//')
    pages=(/ /blog /blog/2009/03 /blog/etiquettes/metier "/recherche?q=community" /blog/feed.atom /evenements
           /association/membres /sitemap.xml ${newest:+"$newest"})
fi
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }

printf '| page | status | bytes | median ms | p90 ms |\n|---|---:|---:|---:|---:|\n'
for page in "${pages[@]}"; do
    for _ in 1 2 3; do curl -s -o /dev/null "$base$page"; done
    times=()
    for _ in $(seq "$runs"); do
        read -r status bytes seconds < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' \
            "$base$page")
        times+=("$seconds")
    done
    read -r median p90 < <(printf '%s\n' "${times[@]}" | sort -g | awk '
        { t[NR] = $1 * 1000 }
        END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, t[int(NR * 0.9 + 0.5)] }')
    printf '| %s | %s | %s | %s | %s |\n' "$page" "$status" "$bytes" "$median" "$p90"
done
