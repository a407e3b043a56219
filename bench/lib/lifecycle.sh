# bench/lib/lifecycle.sh — logging, failing, stopping servers and cleaning up when the run ends or is interrupted.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

fail() {
    FAILED=true
    echo "bench/run: SETUP ERROR: $*" >&2
    exit 1
}

stop_pid() { # pid: SIGTERM, up to 30 s for a graceful stop, then SIGKILL
    if kill -0 "$1" 2>/dev/null; then
        kill -TERM "$1" 2>/dev/null || true
        for _ in $(seq 1 300); do
            kill -0 "$1" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$1" 2>/dev/null; then
            echo "bench/run: server $1 did not stop in 30 s, killing it" >&2
            kill -KILL "$1" 2>/dev/null || true
        fi
    fi
    wait "$1" 2>/dev/null || true
}

stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    stop_pid "$SERVER_PID"
    SERVER_PID=""
    # The bootable jar removes its installation when it exits normally; make sure of it either way.
    if [ -n "$SERVER_DIR" ]; then rm -rf "$SERVER_DIR/server"; fi
}

cleanup() {
    local status=$?
    stop_server
    if [ -n "$BENCH_PG_DB_CREATED" ] && [ -n "${PSQL_ADMIN[*]:-}" ]; then
        PGPASSWORD="$BENCH_PG_PASSWORD" "${PSQL_ADMIN[@]}" -c "drop database if exists $BENCH_PG_DB_CREATED" \
            || echo "bench/run: could not drop the database $BENCH_PG_DB_CREATED (drop it by hand)" >&2
    fi
    if [ "$BENCH_KEEP_WORK" = 1 ] || { $FAILED && [ -d "$WORK" ]; }; then
        echo "bench/run: work directory kept for inspection: $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
