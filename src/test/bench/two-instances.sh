#!/usr/bin/env bash
# Two instances of the site on one PostgreSQL behind a load balancer, on this machine, to try by hand what
# TwoInstancesTests checks: Debian's PostgreSQL 15 (a throw-away cluster of its own, not the system's `main`), the
# jar started twice against it, and Debian's nginx sending requests to both in turn (round-robin).
#   ./mvnw -q package -DskipTests && src/test/bench/two-instances.sh [jar]
# Ports: LB_PORT (8090) for nginx, APP_PORTS ("8094 8095") for the instances, PG_PORT (5495) for PostgreSQL.
# Everything lives in a temporary directory, removed with the processes on Ctrl-C.
set -euo pipefail
jar=${1:-$(ls target/icmf-site-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
lb_port=${LB_PORT:-8090}
read -r -a app_ports <<< "${APP_PORTS:-8094 8095}"
pg_port=${PG_PORT:-5495}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ -f "$jar" ] || { echo "no jar: ./mvnw -q package -DskipTests first, or name it" >&2; exit 1; }
[ -x "$pg_bin/initdb" ] || { echo "no PostgreSQL in $pg_bin: apt-get install -y postgresql (or set PG_BIN)" >&2; exit 1; }
for tool in nginx curl java; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y nginx curl" >&2; exit 1; }
done

work=$(mktemp -d)
chmod 755 "$work"
pids=()
# PostgreSQL refuses to run as root: the cluster then belongs to Debian's postgres user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null || true
    as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop EXIT

echo "PostgreSQL 15 on port $pg_port…"
mkdir "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg"
as_postgres "$pg_bin/initdb" -D "$work/pg" -U icmf --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U icmf icmf

# One after the other: the first migrates the schema and creates the first administrator; the second only connects.
for i in "${!app_ports[@]}"; do
    port=${app_ports[$i]}
    echo "instance $((i + 1)) on port $port…"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/icmf" SPRING_DATASOURCE_USERNAME=icmf \
        ICMF_DATA_DIR="$work/app$i" ICMF_BASE_URL="http://localhost:$lb_port" \
        ICMF_ADMIN_EMAIL=admin@icmf.example ICMF_ADMIN_PASSWORD='deux instances, une base' \
        java -jar "$jar" --server.port="$port" --management.server.port=$((port + 100)) > "$work/app$i.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 120); do
        curl -fs "http://127.0.0.1:$((port + 100))/actuator/health" >/dev/null && break
        kill -0 "${pids[-1]}" 2>/dev/null || { tail -n 30 "$work/app$i.log"; exit 1; }
        sleep 1
    done
done

servers=$(printf '        server 127.0.0.1:%s;\n' "${app_ports[@]}")
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work;
    scgi_temp_path $work;
    client_max_body_size 21m;
    upstream icmf {
$servers
    }
    server {
        listen 127.0.0.1:$lb_port;
        location / {
            proxy_pass http://icmf;
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # Redirects keep the balancer's port (Tomcat otherwise assumes 80 for a forwarded http request).
            proxy_set_header X-Forwarded-Port \$server_port;
            # Which instance answered, to see the requests alternate.
            add_header X-Instance \$upstream_addr always;
        }
    }
}
EOF
nginx -c "$work/nginx.conf" -p "$work"

cat <<EOF

Two instances on one PostgreSQL behind nginx: http://localhost:$lb_port/ (instances: ${app_ports[*]}, logs in $work)
Each request goes to the next instance (see the X-Instance header: curl -sI http://localhost:$lb_port/ twice).
Try:
  - sign in at http://localhost:$lb_port/admin/connexion (admin@icmf.example / deux instances, une base) and click
    around: every other page comes from the other instance, and you stay signed in (sessions in PostgreSQL);
  - send the contact form (http://localhost:$lb_port/contact): shown by one instance, accepted by the other (form key
    in the web_secret table);
  - publish a post at /admin/articles/nouveau and reload the home page: both instances show it at once;
  - stop one instance (kill ${pids[0]}): nginx sends everything to the other, which keeps the session;
  - the scheduled jobs run on one instance at a time: select * from shedlock (psql -h 127.0.0.1 -p $pg_port -U icmf icmf).
Ctrl-C stops everything and deletes $work.
EOF
wait "${pids[@]}"
