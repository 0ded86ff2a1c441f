#!/usr/bin/env bash
# Start-up time and resident memory of the jar, as docs/operations.md ("Start-up and memory") runs it, next to a
# plain `java -jar`, both on an existing data directory with the embedded PostgreSQL:
#   ./mvnw -q -Paot package -DskipTests && src/test/bench/start-and-memory.sh [jar] [data-dir] [port]
# The data directory (default: a fresh one, made by a first start that is not counted) is used as it is; the tuned
# launch is the jar extracted once with a class-data archive recorded by a training run (stopped once it served the
# home page), with the context prepared ahead of time when the jar was built with -Paot. Prints one table: seconds
# from `java` to the first 200 of the home page (median of five starts), the JVM's resident memory 5 s after that,
# and after 20 s of wrk at 32 connections on the home page, a post, the events and an uncached search, with the home
# page's requests/s during the load.
set -euo pipefail
jar=$(realpath "${1:-$(ls target/icmf-site-*.jar | head -1)}")
data=${2:-}
port=${3:-8096}
management=$(( port + 100 ))
work=$(mktemp -d)
trap 'kill "$(cat "$work/pid" 2>/dev/null)" 2>/dev/null; rm -rf "$work"' EXIT
for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk curl" >&2; exit 1; }
done

# The flags docs/operations.md gives; JAVA_FLAGS replaces them.
tuned_flags=${JAVA_FLAGS:-"-XX:+UseSerialGC -Xmx192m -Xmn32m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m"}
base="http://localhost:$port"

# Starts the site in the background (its pid in $work/pid: start runs in a subshell), prints the seconds to the first
# 200.
start() { # java arguments…
    local begin pid
    begin=$(date +%s.%N)
    MALLOC_ARENA_MAX=2 ICMF_DATA_DIR=$data java "$@" --server.port="$port" --management.server.port="$management" \
        >"$work/site.log" 2>&1 &
    pid=$!
    echo "$pid" >"$work/pid"
    until curl -sf -o /dev/null "$base/"; do
        kill -0 "$pid" 2>/dev/null || { echo "the site did not start: see below" >&2; tail -20 "$work/site.log" >&2; exit 1; }
        sleep 0.05
    done
    echo "$(date +%s.%N) - $begin" | bc
}

stop() {
    local pid
    pid=$(cat "$work/pid")
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm "$work/pid"
}

rss() { echo $(( $(ps -o rss= -p "$(cat "$work/pid")") / 1024 )); }

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] }'; }

if [ -z "$data" ]; then
    data=$work/data
    start -jar "$jar" >/dev/null
    stop
fi

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted=$work/app/$(basename "$jar")
# A jar built with -Paot holds its prepared context: the tuned launch uses it.
aot=()
if unzip -l "$jar" | grep 'IcmfApplication__ApplicationContextInitializer' >/dev/null; then
    aot=(-Dspring.aot.enabled=true)
fi
# The training run: started, asked for the home page, stopped; the archive is written as it stops.
start "${aot[@]}" -XX:ArchiveClassesAtExit="$work/app/icmf.jsa" -jar "$extracted" >/dev/null
stop

measure() { # label, java arguments…
    local label=$1
    shift
    local times=() idle loaded rps post
    for _ in 1 2 3 4 5; do
        times+=("$(start "$@")")
        stop
    done
    start "$@" >/dev/null
    sleep 5
    idle=$(rss)
    post=$(curl -s "$base/blog/feed.atom" | grep -o 'href="[^"]*/blog/[0-9]\{4\}/[0-9]\{2\}/[^"]*"' | head -1 \
        | sed 's/href="[a-z]*:\/\/[^/]*//; s/"$//')
    for page in "/blog/2009/03" "${post:-/}" /evenements "/recherche?q=community"; do
        wrk -t2 -c32 -d5s "$base$page" >/dev/null
    done
    rps=$(wrk -t2 -c32 -d5s "$base/" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
    loaded=$(rss)
    stop
    printf '| %s | %s | %s | %s | %s |\n' "$label" "$(median "${times[@]}")" "$idle" "$loaded" "$rps"
}

printf '%s on %s, %s, %s cores\n\n' "$(basename "$jar")" "$data" "$(date -u +%FT%TZ)" "$(nproc)"
printf '| launch | first 200 s | RSS idle MB | RSS after load MB | home req/s |\n|---|---:|---:|---:|---:|\n'
measure "java -jar (defaults)" -jar "$jar"
# shellcheck disable=SC2086
measure "extracted, class-data archive, ${aot[*]:-no AOT,} $tuned_flags" "${aot[@]}" \
    -XX:SharedArchiveFile="$work/app/icmf.jsa" $tuned_flags -jar "$extracted"
