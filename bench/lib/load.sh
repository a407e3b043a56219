# bench/lib/load.sh — driving load with wrk: warm-up and measured steps per scenario and connection count.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

RESULTS="$WORK/results.tsv"   # db scenario connections phase key=value...
: > "$RESULTS"

run_wrk() { # db scenario connections phase seconds
    local db=$1 s=$2 c=$3 phase=$4 seconds=$5
    local threads=2; [ "$c" -lt 2 ] && threads=1
    local out="$WORK/wrk/$db-$s-c$c-$phase.txt"
    local duration=$seconds
    local env_args=(BENCH_METHOD="${S_METHOD[$s]}" BENCH_PATH="${S_PATH[$s]}" BENCH_HEADERS="${S_HEADERS[$s]}"
                    BENCH_EXPECT="${S_EXPECT[$s]}" BENCH_BODY_FILE="${S_BODY[$s]}")
    if [ "$s" = rest-consent ]; then
        # Writes rows: every request a fresh Idempotency-Key; stop sending at $seconds, then wait for the
        # answers still on their way, so that every row written is one whose 201 wrk counted.
        env_args+=(BENCH_BODY_FILE="$WORK/bodies/consent-$db.json" BENCH_IDEMPOTENCY_PREFIX="$RUN_ID-$db-c$c-$phase"
                   BENCH_SEND_MS=$(( seconds * 1000 )))
        duration=$(( seconds + BENCH_DRAIN ))
    fi
    env "${env_args[@]}" timeout $(( duration + 60 )) \
        wrk -t"$threads" -c"$c" -d"${duration}s" --timeout 30s --latency -s "$LUA" "$HTTP" > "$out" 2>&1 \
        || { cat "$out" >&2; fail "wrk failed ($db $s c=$c $phase)"; }
    local line
    line=$(grep '^BENCH-RESULT ' "$out" | tail -1) || { cat "$out" >&2; fail "wrk printed no result ($db $s c=$c $phase)"; }
    printf '%s\t%s\t%s\t%s\t%s\n' "$db" "$s" "$c" "$phase" "${line#BENCH-RESULT }" >> "$RESULTS"
    if [ "$phase" = measure ]; then
        awk -v db="$db" -v s="$s" -v c="$c" '{
              for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
              bad = v["other2xx"] + v["non2xx"]
              printf "  %-3s %-15s c=%-3s %9.1f req/s  p50 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms%s\n",
                     db, s, c, v["rps"], v["p50_us"] / 1000, v["p99_us"] / 1000, v["p999_us"] / 1000,
                     (bad > 0 ? "  UNEXPECTED STATUSES " v["statuses"] : "")
            }' <<< "${line#BENCH-RESULT }"
    fi
}

bench_server() { # db scenario-list
    local db=$1 list=$2 s c
    consent_body "$RUN_ID-$db" > "$WORK/bodies/consent-$db.json"
    start_server "$db"
    deploy_baseline "$db"
    smoke "$db" "$list"
    log "[$db] warming up the server: every scenario ${BENCH_SERVER_WARMUP} s at 8 connections"
    if [ "$BENCH_SERVER_WARMUP" -gt 0 ]; then
        for s in $list; do run_wrk "$db" "$s" 8 server-warmup "$BENCH_SERVER_WARMUP"; done
    fi
    # By connections first, then scenario: a scenario and its baseline are measured minutes apart at most.
    for c in $BENCH_CONNECTIONS; do
        log "[$db] $c connection(s): ${BENCH_WARMUP} s warm-up + ${BENCH_DURATION} s measured per scenario"
        for s in $list; do
            if [ "$BENCH_WARMUP" -gt 0 ]; then run_wrk "$db" "$s" "$c" warmup "$BENCH_WARMUP"; fi
            run_wrk "$db" "$s" "$c" measure "$BENCH_DURATION"
        done
    done
    sleep 2
    INFO[$db.rss_load]=$(rss_mb "$SERVER_PID")
    INFO[$db.hwm]=$(hwm_mb "$SERVER_PID")
    log "[$db] RSS after the load ${INFO[$db.rss_load]} MB (peak ${INFO[$db.hwm]} MB)"
    if [[ " $list " == *" rest-consent "* ]]; then
        count_consent_rows "$db"
    fi
    # H2's file can be read once the server has let go of it: keep its driver before the server removes it.
    local h2jar
    h2jar=$(find "$SERVER_DIR/server/modules" -name 'h2-*.jar' 2>/dev/null | head -1 || true)
    if [ -n "$h2jar" ]; then cp "$h2jar" "$WORK/h2.jar"; fi
    log "[$db] stopping the server"
    stop_server
    if [ "$db" = h2 ] && [[ " $list " == *" rest-consent "* ]]; then
        count_h2_decision_log
    fi
}
