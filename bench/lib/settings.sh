# bench/lib/settings.sh — the settings: defaults for every BENCH_* variable, the Java to run, names of this run.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

if $QUICK; then
    : "${BENCH_DURATION:=3}" "${BENCH_WARMUP:=2}" "${BENCH_SERVER_WARMUP:=1}" "${BENCH_DRAIN:=3}"
    : "${BENCH_JMH_ARGS:=-wi 1 -i 2 -w 1s -r 1s}"
fi
: "${BENCH_DURATION:=15}" "${BENCH_WARMUP:=5}" "${BENCH_SERVER_WARMUP:=30}" "${BENCH_DRAIN:=3}"
: "${BENCH_CONNECTIONS:=1 8 64}"
: "${BENCH_JMH_ARGS:=}"
# Chosen by measuring start time, RSS at rest, throughput and GC pauses of several sets (docs/benchmark.md):
# the serial collector, a capped heap and smaller thread stacks keep the resident set at rest under 400 MB. The young
# generation has large survivor spaces (2 x 12 MB, kept up to 90% full) because the embedded database's pages live
# for about half a second (until H2 stores them): with 2 x 2.4 MB survivors (-Xmn24m) they were promoted and the old
# generation filled every ~3 s under decision load (full collections of ~150 ms; 22 in 90 s of load against 2).
# C1 only (-XX:TieredStopAtLevel=1) starts ~25% faster and saves ~30 MB more, but
# costs 35-55% of the throughput; squeezing the heap harder (-Xmn16m, MaxHeapFreeRatio=20) saves ~10 MB but
# quadruples the full collections under load. G1 has the shortest pauses but ~80 MB more RSS. -Xms64m rather than 32m:
# with -Xmn48m a 32 MB initial heap leaves no old generation for the objects an AOT cache brings (Java 25 refuses to
# start with such a cache).
: "${BENCH_JVM_OPTS:=-Xms64m -Xmx256m -Xmn48m -XX:SurvivorRatio=2 -XX:TargetSurvivorRatio=90 -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=192m}"
: "${BENCH_H2_SCENARIOS:=rest-noop soap-echo rest-echo-decision soap-echo-decision rest-echo-lead-time soap-echo-lead-time rest-recording authzen-recording rest-leadtime soap-evaluate soap-leadtime rest-consent}"
: "${BENCH_PG_SCENARIOS:=rest-noop soap-echo rest-echo-decision soap-echo-decision rest-recording soap-evaluate rest-consent}"
: "${BENCH_PG_HOST:=127.0.0.1}" "${BENCH_PG_PORT:=5432}" "${BENCH_PG_USER:=postgres}" "${BENCH_PG_ADMIN_DB:=postgres}"
: "${BENCH_PG_PASSWORD:=unused}"
: "${BENCH_KEEP_WORK:=0}"
java_feature() { # java-command -> its feature release (17, 25, ...), or nothing
    "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }'
}
if [ -z "${BENCH_JAVA:-}" ]; then
    BENCH_JAVA=java
    if [ "$(java_feature java 2>/dev/null || true)" -lt 25 ] 2>/dev/null; then
        for candidate in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V -r); do
            f=$(java_feature "$candidate" 2>/dev/null || true)
            if [[ "$f" =~ ^[0-9]+$ ]] && [ "$f" -ge 25 ]; then BENCH_JAVA=$candidate; break; fi
        done
    fi
fi
JAVA_FEATURE=$(java_feature "$BENCH_JAVA" 2>/dev/null || true)
[[ "$JAVA_FEATURE" =~ ^[0-9]+$ ]] || { echo "bench/run: '$BENCH_JAVA' is not a working java (BENCH_JAVA)" >&2; exit 2; }
if [ -z "${BENCH_AOT:-}" ]; then
    BENCH_AOT=0; [ "$JAVA_FEATURE" -ge 25 ] && BENCH_AOT=1
fi
[ "$BENCH_AOT" = 0 ] || [ "$JAVA_FEATURE" -ge 25 ] || { echo "bench/run: BENCH_AOT=1 needs Java 25+ ($BENCH_JAVA is $JAVA_FEATURE)" >&2; exit 2; }
[ "$BENCH_PG_SCENARIOS" = none ] && BENCH_PG_SCENARIOS=""

for n in "$BENCH_DURATION" "$BENCH_WARMUP" "$BENCH_SERVER_WARMUP" "$BENCH_DRAIN"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "bench/run: durations are whole seconds, got '$n'" >&2; exit 2; }
done
[ "$BENCH_DURATION" -ge 1 ] || { echo "bench/run: BENCH_DURATION must be at least 1" >&2; exit 2; }

RUN_TS="$(date -u +%Y%m%dT%H%M%SZ)"
RUN_START=$(date +%s)
RUN_ID="BENCH-$RUN_TS"
BENCH_PG_DB_CREATED=""
PSQL_ADMIN=()
if [ -z "${BENCH_PG_DB:-}" ]; then
    BENCH_PG_DB="bench_$(tr 'A-Z' 'a-z' <<< "$RUN_TS")"
    BENCH_PG_DB_CREATED=$BENCH_PG_DB
fi
TODAY="$(TZ=Europe/Amsterdam date +%F)"
# A conversation a month ahead, on a weekday: a weekend day adds a note to the answers and so changes their size
# from one run to the next (the same-shape echoes are taken from an answer for a weekday).
CONVERSATION="$(TZ=Europe/Amsterdam date -d "$TODAY +30 days" +%F)"
case "$(date -d "$CONVERSATION" +%u)" in
    6) CONVERSATION="$(date -d "$CONVERSATION +2 days" +%F)" ;;
    7) CONVERSATION="$(date -d "$CONVERSATION +1 day" +%F)" ;;
esac
RESULTS_DIR="$BENCH_DIR/results"
REPORT="$RESULTS_DIR/$RUN_TS.md"

# One benchmark at a time on this machine: two would share ports 8080/9990, the CPU and the build directories.
LOCK="${TMPDIR:-/tmp}/recording-policy-gateway-bench.lock"
exec 9> "$LOCK"
if ! flock -n 9; then
    echo "bench/run: SETUP ERROR: another bench/run is running on this machine (lock $LOCK)" >&2
    exit 1
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/rpg-bench.XXXXXX")"
SERVER_PID=""
SERVER_DIR=""
FAILED=false
