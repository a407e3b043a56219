# bench/lib/estimate.sh — how long the run will take, printed before it starts.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

count_words() { echo $#; }
N_CONN=$(count_words $BENCH_CONNECTIONS)
estimate_server() { # scenario list
    local n; n=$(count_words $1)
    local consent=0; [[ " $1 " == *" rest-consent "* ]] && consent=1
    # start + deploy + stop ~35 s; server warm-up; the ladder; the consent scenario's drain after each run
    echo $(( 25 + n * BENCH_SERVER_WARMUP + n * N_CONN * (BENCH_WARMUP + BENCH_DURATION)
             + consent * (2 * N_CONN + 1) * BENCH_DRAIN ))
}
EST=$(estimate_server "$BENCH_H2_SCENARIOS")
[ -n "$BENCH_PG_SCENARIOS" ] && EST=$(( EST + $(estimate_server "$BENCH_PG_SCENARIOS") ))
if $QUICK && [ -n "$BENCH_JMH_ARGS" ]; then EST=$(( EST + 20 )); else EST=$(( EST + 35 )); fi  # JMH
$BUILD && EST=$(( EST + 60 ))   # gateway build (warm Maven repository; a cold one downloads WildFly first)
EST=$(( EST + 50 ))             # the comparison starts: the jar without the AOT cache, the bare server
[ "$BENCH_AOT" = 1 ] && EST=$(( EST + 60 ))   # training the AOT cache
[ -n "$BENCH_PG_SCENARIOS" ] && EST=$(( EST + 40 ))   # PostgreSQL's own ceiling (pgbench)
EST=$(( EST + 15 ))             # baseline WAR and JMH builds

log "recording-policy gateway benchmark $RUN_ID (repository $ROOT)"
log "estimated total: about $(( (EST + 59) / 60 )) min ($EST s): steps of ${BENCH_WARMUP} s warm-up + ${BENCH_DURATION} s measured at connections {$BENCH_CONNECTIONS}"
log "  embedded H2: $BENCH_H2_SCENARIOS"
log "  PostgreSQL:  ${BENCH_PG_SCENARIOS:-(skipped)}"
log "  server JVM:  $BENCH_JAVA (Java $JAVA_FEATURE) $BENCH_JVM_OPTS"
log "  AOT cache:   $([ "$BENCH_AOT" = 1 ] && echo "trained first, then used by every measured server" || echo "not used")"
