#!/usr/bin/env bash
# Median latency of single requests, one after the other (no concurrency), as the issue measures pages that no
# cache serves: src/test/bench/single-requests.sh [base-url] [requests] [page…]
# Prints one Markdown table: page, status, bytes, median and p90 in ms over `requests` runs after three warm-ups.
# Every request sends `Cache-Control: no-cache`, which makes the reader cache render the page instead of serving
# it from memory: the figures are those of rendering, at the size of the data.
# Pages default to the public pages every reader opens plus those that grow with the data (search, directory,
# sitemap, the newest post, which carries the longest comment thread at generated size); then, when
# ICMF_BENCH_EMAIL and ICMF_BENCH_PASSWORD name a board account, the admin lists, signed in (skipped otherwise); the
# public pages are always read as a reader, without that session.
set -euo pipefail
base=${1:-http://localhost:8080}
runs=${2:-20}
shift $(( $# < 2 ? $# : 2 ))
pages=("$@")
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
get() { curl -s -H 'Cache-Control: no-cache' -b "$jar" -c "$jar" "$@"; }
# Public pages as a reader gets them rendered, without the board's session even when signed in for the admin lists.
read_as() { # page, curl arguments…
    local page=$1
    shift
    if [[ $page == /admin* ]]; then get "$@" "$base$page"; else curl -s -H 'Cache-Control: no-cache' "$@" "$base$page"; fi
}

if [ ${#pages[@]} -eq 0 ]; then
    newest=$(get "$base/blog/feed.atom" | grep -o '<link[^>]*href="[^"]*/blog/[0-9]\{4\}/[0-9]\{2\}/[^"]*"' \
        | head -1 | sed 's/.*href="[a-z]*:\/\/[^/]*//; s/"$//')
    pages=(/ /blog /blog/2009/03 /blog/etiquettes/metier "/recherche?q=community" /blog/feed.atom /evenements
           /association/membres /sitemap.xml ${newest:+"$newest"})
    if [ -n "${ICMF_BENCH_EMAIL:-}" ] && [ -n "${ICMF_BENCH_PASSWORD:-}" ]; then
        token=$(get "$base/admin/connexion" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
        get -o /dev/null --data-urlencode "email=$ICMF_BENCH_EMAIL" --data-urlencode "password=$ICMF_BENCH_PASSWORD" \
            --data-urlencode "_csrf=$token" "$base/admin/connexion"
        [ "$(get -o /dev/null -w '%{http_code}' "$base/admin")" = 200 ] \
            || { echo "Signing in as $ICMF_BENCH_EMAIL failed" >&2; exit 1; }
        event=$(get "$base/admin/evenements" | grep -o '/admin/evenements/[0-9]*/inscriptions' | head -1)
        pages+=(/admin /admin/articles "/admin/articles?statut=publie" /admin/articles/corbeille /admin/pages
                /admin/commentaires "/admin/commentaires?dossier=approuves" /admin/commentaires/sujets
                /admin/evenements ${event:+"$event"} /admin/adhesions /admin/membres /admin/cotisations
                /admin/membres/representants /admin/comptes /admin/medias /admin/journal /admin/courriels
                /admin/messages)
    fi
fi

printf '| page | status | bytes | median ms | p90 ms |\n|---|---:|---:|---:|---:|\n'
for page in "${pages[@]}"; do
    for _ in 1 2 3; do read_as "$page" -o /dev/null; done
    times=()
    for _ in $(seq "$runs"); do
        read -r status bytes seconds < <(read_as "$page" -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n')
        times+=("$seconds")
    done
    read -r median p90 < <(printf '%s\n' "${times[@]}" | sort -g | awk '
        { t[NR] = $1 * 1000 }
        END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, t[int(NR * 0.9 + 0.5)] }')
    printf '| %s | %s | %s | %s | %s |\n' "$page" "$status" "$bytes" "$median" "$p90"
done
