# bench/lib/builds.sh — building the gateway jar, the baseline WAR and the JMH benchmarks.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

build() { # label log-file mvn-args...
    local label=$1 logfile=$2; shift 2
    log "building $label"
    if ! timeout 1800 mvn -B -ntp "$@" > "$logfile" 2>&1; then
        tail -40 "$logfile" >&2
        fail "building $label failed (log above)"
    fi
}
if $BUILD; then
    build "the gateway (mvn -B -DskipTests package; about a minute with a warm Maven repository)" \
        "$WORK/build-gateway.log" -f "$ROOT/pom.xml" -DskipTests package
fi
[ -f "$JAR" ] || fail "$JAR does not exist (run without --no-build)"
build "the baseline WAR (bench/baseline)" "$WORK/build-baseline.log" -f "$BENCH_DIR/baseline/pom.xml" -DskipTests package
build "the JMH benchmarks (bench/jmh)" "$WORK/build-jmh.log" -f "$BENCH_DIR/jmh/pom.xml" -DskipTests package
[ -f "$BASELINE_WAR" ] || fail "$BASELINE_WAR was not built"
[ -f "$JMH_JAR" ] || fail "$JMH_JAR was not built"
