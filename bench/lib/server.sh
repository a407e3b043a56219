# bench/lib/server.sh — starting a server (timed), deploying the baseline next to it, a smoke test of every scenario.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_mb() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
http_status() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$@" || true; }

declare -A INFO   # per database: start_ms wildfly_ms rss_rest rss_load hwm ...

wait_ready() { # pid log label: until the management interface says ready, at most 180 s; fails if the process dies
    local deadline=$(( $(now_ms) + 180000 ))
    while [ "$(http_status "$MANAGEMENT/health/ready")" != 200 ]; do
        kill -0 "$1" 2>/dev/null || { tail -40 "$2" >&2; fail "$3 exited before it was ready (log above)"; }
        [ "$(now_ms)" -lt "$deadline" ] || { tail -40 "$2" >&2; fail "$3 was not ready after 180 s (log above)"; }
        sleep 0.05
    done
}

logged_ms() { # pattern-ending-in-NNNms log: the milliseconds of the last matching line, or ?
    local ms
    ms=$( { grep -o "$1 [0-9]*ms" "$2" || true; } | grep -o '[0-9]*ms$' | tr -d 'ms' | tail -1 || true)
    echo "${ms:-?}"
}

# Consent submissions need an authenticated case system: the server generated its password into its working
# directory's data/credentials.properties at its first start; the consent scenario and the row count use it.
CASE_SYSTEM_AUTH=""
# The idempotency records of its submissions: keys are scoped to the caller that sent them (ConsentService).
CONSENT_OPERATION="consent-submit@case-system"
use_case_system_credentials() {
    local password
    password=$(sed -n 's/^case-system=//p' "$SERVER_DIR/data/credentials.properties" 2>/dev/null || true)
    [ -n "$password" ] || fail "the server wrote no password for case-system to $SERVER_DIR/data/credentials.properties"
    CASE_SYSTEM_AUTH="Authorization: Basic $(printf 'case-system:%s' "$password" | base64 -w0)"
    S_HEADERS[rest-consent]="$JSON_CT"$'\n'"$CASE_SYSTEM_AUTH"
}

start_server() { # db
    local db=$1
    SERVER_DIR="$WORK/$db"
    mkdir -p "$SERVER_DIR"
    local env_args=(env -u GATEWAY_DB_DRIVER -u GATEWAY_DB_URL -u GATEWAY_DB_USER -u GATEWAY_DB_PASSWORD)
    if [ "$db" = pg ]; then
        env_args+=(GATEWAY_DB_DRIVER=postgresql
                   "GATEWAY_DB_URL=jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$BENCH_PG_DB"
                   "GATEWAY_DB_USER=$BENCH_PG_USER" "GATEWAY_DB_PASSWORD=$BENCH_PG_PASSWORD")
    fi
    local aot=""; [ "$BENCH_AOT" = 1 ] && aot="-XX:AOTCache=$AOT_CACHE"
    log "[$db] starting $BENCH_JAVA $BENCH_JVM_OPTS${aot:+ $aot} -jar $(basename "$JAR") --install-dir=$SERVER_DIR/server"
    local t0; t0=$(now_ms)
    # The server's working directory is its own, so the embedded database (./data) starts empty.
    # shellcheck disable=SC2086
    ( cd "$SERVER_DIR" && exec "${env_args[@]}" "$BENCH_JAVA" $BENCH_JVM_OPTS $aot -jar "$JAR" \
          --install-dir="$SERVER_DIR/server" ) > "$SERVER_DIR/server.log" 2>&1 &
    SERVER_PID=$!
    wait_ready "$SERVER_PID" "$SERVER_DIR/server.log" "[$db] the server"
    INFO[$db.start_ms]=$(( $(now_ms) - t0 ))
    INFO[$db.wildfly_ms]=$(logged_ms 'WFLYSRV0025: .* started in' "$SERVER_DIR/server.log")
    INFO[$db.unpack_ms]=$(logged_ms 'WFLYJAR0007: .*took' "$SERVER_DIR/server.log")
    sleep 2
    INFO[$db.rss_rest]=$(rss_mb "$SERVER_PID")
    use_case_system_credentials
    log "[$db] ready: ${INFO[$db.start_ms]} ms from launch to /health/ready 200 (WildFly: started in ${INFO[$db.wildfly_ms]} ms, of it ${INFO[$db.unpack_ms]} ms unpacking the jar); RSS at rest ${INFO[$db.rss_rest]} MB"
}


# The README's run command, read from README.md (the part after "&&" of the line that builds and starts the
# gateway), so the benchmark measures what the README says: its java is $BENCH_JAVA, its jar $JAR.
readme_run_command() {
    local line
    line=$(grep -m1 -E '^mvn -B -DskipTests package && java ' "$ROOT/README.md") \
        || fail "README.md has no line 'mvn -B -DskipTests package && java ...': cannot tell its run command"
    echo "${line#*&& }"
}

# What start-up costs beyond the server itself, measured in the same run: the README's run command exactly as a
# newcomer types it (its JVM options, no AOT cache: issue 16's start and RSS targets are about it), and
# the same provisioned server (target/server: the layers and configuration of the bootable jar) started with no
# deployment and without unpacking, also without JVM options (JAVA_OPTS=" " keeps standalone.conf's defaults out).
time_comparison_starts() {
    local dir="$WORK/start-no-aot" t0 pid command options
    mkdir -p "$dir"
    command=$(readme_run_command)
    INFO[readme.command]=$command
    # The options between "java" and "-jar target/recording-policy-gateway-bootable.jar", word by word as typed.
    case "$command" in
        "java -jar target/recording-policy-gateway-bootable.jar") options="" ;;
        "java "*" -jar target/recording-policy-gateway-bootable.jar")
            options=${command#java }; options=${options% -jar target/recording-policy-gateway-bootable.jar} ;;
        *) fail "the README's run command is not 'java [options] -jar target/recording-policy-gateway-bootable.jar': $command" ;;
    esac
    t0=$(now_ms)
    # shellcheck disable=SC2086
    ( cd "$dir" && exec env -u GATEWAY_DB_URL -u GATEWAY_DB_DRIVER "$BENCH_JAVA" $options -jar "$JAR" \
          --install-dir="$dir/server" ) > "$dir/server.log" 2>&1 &
    pid=$!
    SERVER_PID=$pid
    wait_ready "$pid" "$dir/server.log" "the README's run command"
    INFO[noaot.start_ms]=$(( $(now_ms) - t0 ))
    sleep 2
    INFO[noaot.rss_rest]=$(rss_mb "$pid")
    stop_pid "$pid"; SERVER_PID=""; rm -rf "$dir/server"
    log "the README's run command ($command): ready after ${INFO[noaot.start_ms]} ms, RSS at rest ${INFO[noaot.rss_rest]} MB"

    local bare="$ROOT/target/server"
    if [ -x "$bare/bin/standalone.sh" ]; then
        dir="$WORK/bare"
        mkdir -p "$dir"
        cp -r "$bare/standalone" "$dir/standalone"
        rm -rf "$dir/standalone/deployments/"* "$dir/standalone/data" "$dir/standalone/tmp" "$dir/standalone/log"
        t0=$(now_ms)
        ( cd "$dir" && exec env -u GATEWAY_DB_URL -u GATEWAY_DB_DRIVER JAVA="$BENCH_JAVA" JAVA_OPTS=" " \
              "$bare/bin/standalone.sh" -Djboss.server.base.dir="$dir/standalone" ) > "$dir/server.log" 2>&1 &
        pid=$!
        SERVER_PID=$pid
        wait_ready "$pid" "$dir/server.log" "the bare server"
        INFO[bare.start_ms]=$(( $(now_ms) - t0 ))
        # standalone.sh runs the JVM as its child: stop that (also what an interrupt would stop), the script ends with it
        SERVER_PID=$(pgrep -P "$pid" java || echo "$pid")
        stop_pid "$SERVER_PID"; stop_pid "$pid"; SERVER_PID=""
        log "bare server (no deployment, not unpacked): ready after ${INFO[bare.start_ms]} ms"
    else
        INFO[bare.start_ms]="?"
        log "bare server not timed: $bare is missing (run without --no-build)"
    fi
}

deploy_baseline() { # db
    local db=$1 deployments="$SERVER_DIR/server/standalone/deployments"
    [ -d "$deployments" ] || fail "[$db] $deployments does not exist: cannot deploy the baseline"
    cp "$BASELINE_WAR" "$deployments/.bench-baseline.war.part"
    mv "$deployments/.bench-baseline.war.part" "$deployments/bench-baseline.war"   # atomic for the scanner
    local deadline=$(( $(now_ms) + 120000 ))
    while [ ! -f "$deployments/bench-baseline.war.deployed" ]; do
        if [ -f "$deployments/bench-baseline.war.failed" ]; then
            cat "$deployments/bench-baseline.war.failed" >&2
            fail "[$db] the baseline WAR failed to deploy (above)"
        fi
        [ "$(now_ms)" -lt "$deadline" ] || fail "[$db] the baseline WAR was not deployed within 120 s"
        sleep 0.2
    done
    log "[$db] baseline deployed (bench-baseline.war via the deployment scanner)"
}

smoke() { # db: every scenario answers as expected once, before any load
    local db=$1 s out code
    for s in $2; do
        local args=(-s -m 10 -o "$WORK/smoke.out" -w '%{http_code}' -X "${S_METHOD[$s]}")
        while IFS= read -r h; do [ -n "$h" ] && args+=(-H "$h"); done <<< "${S_HEADERS[$s]}"
        if [ "$s" = rest-consent ]; then
            args+=(-H "Idempotency-Key: $RUN_ID-$db-smoke" --data-binary "$(consent_body "$RUN_ID-$db-smoke")")
        elif [ -n "${S_BODY[$s]}" ]; then
            args+=(--data-binary "@${S_BODY[$s]}")
        fi
        code=$(curl "${args[@]}" "$HTTP${S_PATH[$s]}" || true)
        if [ "$code" != "${S_EXPECT[$s]}" ]; then
            head -c 2000 "$WORK/smoke.out" >&2; echo >&2
            fail "[$db] $s answered $code, expected ${S_EXPECT[$s]} (response above)"
        fi
        case "$s" in
            rest-noop) grep -qx 'ok' "$WORK/smoke.out" || fail "[$db] the REST no-op did not answer 'ok'" ;;
            soap-echo) grep -Eq "<([a-z0-9]+:)?first>UWV VIDEO true</([a-z0-9]+:)?first><([a-z0-9]+:)?second>$CONVERSATION" "$WORK/smoke.out" \
                           || fail "[$db] the SOAP echo did not echo: $(head -c 500 "$WORK/smoke.out")" ;;
            soap-evaluate) grep -q 'EvaluateRecordingResponse' "$WORK/smoke.out" || fail "[$db] no EvaluateRecordingResponse" ;;
            authzen-recording) grep -q '"decision_id"' "$WORK/smoke.out" || fail "[$db] the AuthZEN evaluation gave no decision" ;;
            soap-leadtime) grep -q 'GetLeadTimeStatusResponse' "$WORK/smoke.out" || fail "[$db] no GetLeadTimeStatusResponse" ;;
            rest-echo-decision) grep -q '"explanation"' "$WORK/smoke.out" || fail "[$db] the REST same-shape echo gave no decision shape" ;;
            soap-echo-decision) grep -q 'EchoDecisionResponse' "$WORK/smoke.out" || fail "[$db] no EchoDecisionResponse" ;;
            rest-echo-lead-time) grep -q '"workingDays"' "$WORK/smoke.out" || fail "[$db] the REST lead-time echo gave no lead-time shape" ;;
            soap-echo-lead-time) grep -q 'EchoLeadTimeResponse' "$WORK/smoke.out" || fail "[$db] no EchoLeadTimeResponse" ;;
        esac
        INFO[$db.bytes.$s]=$(stat -c %s "$WORK/smoke.out")   # answer size, for the same-shape comparison
    done
    log "[$db] every scenario answers as expected"
}
