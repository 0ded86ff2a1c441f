#!/usr/bin/env bash
# The public pages of a running site side by side with Debian's nginx serving the very same bytes as static files,
# both measured with wrk, one after the other, on this machine (Debian packages `wrk` and `nginx`):
#   ./mvnw -q package -DskipTests && java -jar target/icmf-site-*.jar &     # the seed's size, then once it answers:
#   src/test/bench/side-by-side.sh [base-url] [seconds] [connections] [page…]
# Prints one table: requests/second and latency percentiles of the site and of nginx (medians of ROUNDS=3 runs
# taken in turn, after a warm-up run each), and the site's share of nginx's throughput. wrk asks without
# Accept-Encoding, so both answer plain bytes. Pages default to those every reader opens; name others after the
# three numbers (e.g. /blog/2026/12/volume-article-1 at generated size, with the site started by
# ./mvnw spring-boot:test-run -Dspring-boot.run.optimizedLaunch=false). Measure the jar, or run with
# optimizedLaunch=false: spring-boot:run otherwise stops the JIT at its first tier, which lowers throughput.
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-10}
connections=${3:-32}
rounds=${ROUNDS:-3}
shift $(( $# < 3 ? $# : 3 ))
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
    pages=(/ /blog/2009/05/communique-de-presse /evenements /evenements/le-cafe-des-community-managers-avril-2009
           /blog/2009/03 /blog/etiquettes/metier "/recherche?q=community" /blog/feed.atom /charte /robots.txt)
fi
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk nginx curl" >&2; exit 1; }
done

work=$(mktemp -d)
# Below Linux's ephemeral ports (32768 and up), which the site's own connections to PostgreSQL may hold.
port=$(( 20000 + RANDOM % 12000 ))
trap 'kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/root" "$work/temp"

# The same bytes as the site sends, one file per page; nginx serves them with the site's content type.
declare -A file
i=0
for page in "${pages[@]}"; do
    i=$(( i + 1 ))
    type=$(curl -s -o "$work/root/page$i" -w '%{content_type}' "$base$page")
    file[$page]="page$i"
    printf 'location = /page%d { default_type "%s"; }\n' "$i" "$type" >> "$work/types.conf"
done
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/temp; proxy_temp_path $work/temp; fastcgi_temp_path $work/temp;
    uwsgi_temp_path $work/temp; scgi_temp_path $work/temp;
    server {
        listen 127.0.0.1:$port;
        root $work/root;
        include $work/types.conf;
    }
}
EOF
nginx -c "$work/nginx.conf" -p "$work"

# wrk's summary of one run: requests/s, p50 and p99 in ms.
measure() {
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "$1" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
        END { printf "%.0f %.1f %.1f %d\n", rps, p50, p99, bad }'
}

printf '%s, %s s a run, %s connections, median of %s alternated runs, %s\n\n' "$base" "$seconds" "$connections" "$rounds" "$(date -u +%FT%TZ)"
printf '| page | bytes | site req/s | site p50 ms | site p99 ms | nginx req/s | nginx p99 ms | site / nginx |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
# The median of three numbers, or of one.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for page in "${pages[@]}"; do
    # A first run as long as the measure warms the JVM's compilers and both caches up; it does not count.
    wrk -t2 -c"$connections" -d"${seconds}s" "$base$page" >/dev/null
    wrk -t2 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$port/${file[$page]}" >/dev/null
    # Then site and nginx in turn, $rounds times: a neighbour's burst on a shared machine hits one run, not the median.
    site_rps=() site_p50=() site_p99=() nginx_rps=() nginx_p99=() site_bad=0
    for _ in $(seq "$rounds"); do
        read -r rps p50 p99 bad < <(measure "$base$page")
        site_rps+=("$rps") site_p50+=("$p50") site_p99+=("$p99") site_bad=$(( site_bad + bad ))
        read -r rps _ p99 _ < <(measure "http://127.0.0.1:$port/${file[$page]}")
        nginx_rps+=("$rps") nginx_p99+=("$p99")
    done
    site=$(median "${site_rps[@]}")
    nginx=$(median "${nginx_rps[@]}")
    bytes=$(stat -c %s "$work/root/${file[$page]}")
    share=$(awk -v a="$site" -v b="$nginx" 'BEGIN { printf "%.1f %%", (b > 0) ? 100 * a / b : 0 }')
    note=""
    [ "$site_bad" -gt 0 ] && note=" ($site_bad non-2xx)"
    printf '| %s | %s | %s%s | %s | %s | %s | %s | %s |\n' "$page" "$bytes" "$site" "$note" \
        "$(median "${site_p50[@]}")" "$(median "${site_p99[@]}")" "$nginx" "$(median "${nginx_p99[@]}")" "$share"
done
