# bench/lib/tools.sh — the tools the run needs (wrk, psql), free ports, the PostgreSQL database of the run.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

for tool in "$BENCH_JAVA" mvn curl awk sed; do
    command -v "$tool" >/dev/null || fail "'$tool' is not installed"
done
install_debian_package() { # command package
    command -v "$1" >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "'$1' is missing: installing Debian's package '$2' (apt-get install -y $2)"
        { apt-get install -y "$2" || { apt-get update && apt-get install -y "$2"; }; } \
            > "$WORK/apt-$2.log" 2>&1 || { tail -20 "$WORK/apt-$2.log" >&2; fail "could not install $2"; }
    fi
    command -v "$1" >/dev/null || fail "'$1' is not installed (Debian: apt-get install $2)"
}
install_debian_package wrk wrk
[ -n "$BENCH_PG_SCENARIOS" ] && install_debian_package psql postgresql-client

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in 8080 9990; do
    port_in_use "$port" && fail "port $port is already in use on 127.0.0.1: stop that server first (bench/run benchmarks the server it starts itself on 8080/9990)"
done

PSQL_TO=(psql -X -q -At -v ON_ERROR_STOP=1 -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER")
PSQL=("${PSQL_TO[@]}" -d "$BENCH_PG_DB")
if [ -n "$BENCH_PG_SCENARIOS" ] && [ -n "$BENCH_PG_DB_CREATED" ]; then
    PSQL_ADMIN=("${PSQL_TO[@]}" -d "$BENCH_PG_ADMIN_DB")
    PGPASSWORD="$BENCH_PG_PASSWORD" "${PSQL_ADMIN[@]}" -c "create database $BENCH_PG_DB_CREATED" >/dev/null \
        2>"$WORK/psql.err" || { cat "$WORK/psql.err" >&2; PSQL_ADMIN=()
        fail "could not create the database $BENCH_PG_DB_CREATED on $BENCH_PG_HOST:$BENCH_PG_PORT as $BENCH_PG_USER (from $BENCH_PG_ADMIN_DB; BENCH_PG_DB=<existing database> uses that one instead, BENCH_PG_SCENARIOS=none skips PostgreSQL)"; }
    log "PostgreSQL: database $BENCH_PG_DB_CREATED created for this run (dropped at the end)"
fi
if [ -n "$BENCH_PG_SCENARIOS" ]; then
    PGPASSWORD="$BENCH_PG_PASSWORD" "${PSQL[@]}" -c 'select 1' >/dev/null 2>"$WORK/psql.err" \
        || { cat "$WORK/psql.err" >&2; fail "PostgreSQL is not reachable at $BENCH_PG_HOST:$BENCH_PG_PORT/$BENCH_PG_DB as $BENCH_PG_USER (BENCH_PG_SCENARIOS=none skips it)"; }
fi
