# bench/lib/report.sh — the Markdown report: tables per scenario, ratios to the baselines, the targets and verdicts.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

declare -A R   # db|scenario|connections|field -> value (measured runs)
while IFS=$'\t' read -r db s c phase kvs; do
    [ "$phase" = measure ] || continue
    for kv in $kvs; do key=${kv%%=*}; R["$db|$s|$c|$key"]=${kv#*=}; done
done < "$RESULTS"

calc() { awk "BEGIN { $1 }"; }
ms() { calc "printf \"%.2f\", $1 / 1000"; }
ratio() { calc "b = $2; if (b > 0) printf \"%.2f\", $1 / b; else printf \"n/a\""; }   # a/b, 2 decimals
fmt_int() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<< "$1"; }
verdict() { if [ "$1" = 1 ]; then echo MET; else echo MISSED; fi; }

# errors of one measured run: unexpected statuses, socket errors, answers never received
run_errors() { # db s c
    local k="$1|$2|$3" e
    e="${R[$k|errors]:-0/0/0/0}"
    local bad=$(( ${R[$k|other2xx]:-0} + ${R[$k|non2xx]:-0} ))
    local sock; sock=$(awk -F/ '{ print $1 + $2 + $3 + $4 }' <<< "$e")
    local out=""
    [ "$bad" -gt 0 ] && out="unexpected statuses ${R[$k|statuses]}"
    [ "$sock" -gt 0 ] && out="${out:+$out; }socket errors c/r/w/timeout $e"
    [ "${R[$k|unanswered]:-0}" -gt 0 ] && out="${out:+$out; }${R[$k|unanswered]} unanswered at stop"
    [ "${R[$k|responses]:-0}" -eq 0 ] && out="${out:+$out; }no responses"
    echo "$out"
}

TARGETS="$WORK/targets.md"
: > "$TARGETS"
target() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" >> "$TARGETS"; }

{
echo "# Benchmark $RUN_TS"
echo
echo "\`bench/run$($QUICK && echo ' --quick')\` — $(date -u '+%Y-%m-%d %H:%M UTC'). Load from wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}') in a second process over loopback."
echo
echo "| | |"
echo "|---|---|"
echo "| Machine | $(nproc) cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) |"
echo "| Load average before / after | $LOAD_BEFORE / $LOAD_AFTER |"
echo "| Java | \`$BENCH_JAVA\`: $("$BENCH_JAVA" -version 2>&1 | head -1) |"
echo "| AOT cache | $([ "$BENCH_AOT" = 1 ] && echo "trained by src/main/sh/train-aot-cache at the start of the run (${INFO[aot.mb]} MB), used by every measured server" || echo "none (BENCH_AOT=0 or Java < 25)") |"
echo "| Server JVM options (BENCH_JVM_OPTS) | \`$BENCH_JVM_OPTS\` |"
echo "| Steps | ${BENCH_WARMUP} s warm-up + ${BENCH_DURATION} s measured per scenario and connection count; server warm-up ${BENCH_SERVER_WARMUP} s per scenario; wrk -t1 for 1 connection, -t2 otherwise |"
echo "| Duration of the whole run | $(( $(date +%s) - RUN_START )) s (estimated at the start: $EST s) |"
echo "| Requests | today $TODAY, conversationDate $CONVERSATION (today + 30 days); consent caseReference $RUN_ID-&lt;db&gt; |"
if [ -n "$BENCH_PG_SCENARIOS" ]; then
    if [ -n "$BENCH_PG_DB_CREATED" ]; then
        echo "| PostgreSQL database | $BENCH_PG_DB on $BENCH_PG_HOST:$BENCH_PG_PORT, created empty for this run and dropped after it |"
    else
        echo "| PostgreSQL database | $BENCH_PG_DB on $BENCH_PG_HOST:$BENCH_PG_PORT (BENCH_PG_DB: an existing database, kept) |"
    fi
fi
echo
echo "## Server"
echo
echo "| Database | Launch → /health/ready 200 | WildFly \"started in\" | of it unpacking the jar | RSS at rest after start | RSS after the load | Peak RSS (VmHWM) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for db in "${DBS[@]}"; do
    name=$([ "$db" = h2 ] && echo "embedded H2" || echo "PostgreSQL")
    echo "| $name | ${INFO[$db.start_ms]} ms | ${INFO[$db.wildfly_ms]} ms | ${INFO[$db.unpack_ms]} ms | ${INFO[$db.rss_rest]} MB | ${INFO[$db.rss_load]} MB | ${INFO[$db.hwm]} MB |"
done
echo
echo "For comparison, in the same run with the same JVM and options (embedded H2 default, no load):"
echo
echo "| Started | Launch → /health/ready 200 | RSS at rest |"
echo "|---|---:|---:|"
echo "| the bootable jar without an AOT cache | ${INFO[noaot.start_ms]} ms | ${INFO[noaot.rss_rest]} MB |"
echo "| the same provisioned server (target/server) with no deployment, not unpacked: what WildFly's layers alone take | ${INFO[bare.start_ms]} ms | - |"

for db in "${DBS[@]}"; do
    list=$([ "$db" = h2 ] && echo "$BENCH_H2_SCENARIOS" || echo "$BENCH_PG_SCENARIOS")
    name=$([ "$db" = h2 ] && echo "embedded H2" || echo "PostgreSQL")
    echo
    echo "## HTTP scenarios — $name"
    echo
    echo "Ratios are to a baseline of the same protocol on the same server at the same connection count: recording decisions to the same-shape echo (a decision's request in, an answer of a decision's shape and size out, through the same JSON provider or SOAP stack), the other scenarios to the REST no-op or the SOAP echo; throughput ratio (higher is better) and p99 ratio (lower is better)."
    sizes=""
    for pair in "rest-recording rest-echo-decision" "soap-evaluate soap-echo-decision"; do
        read -r real echo <<< "$pair"
        [ -n "${INFO[$db.bytes.$real]:-}" ] && [ -n "${INFO[$db.bytes.$echo]:-}" ] \
            && sizes="${sizes:+$sizes; }${S_LABEL[$real]} ${INFO[$db.bytes.$real]} bytes, its echo ${INFO[$db.bytes.$echo]} bytes"
    done
    [ -z "$sizes" ] || { echo; echo "Answer sizes: $sizes."; }
    echo
    echo "| Scenario | Conns | Throughput (req/s) | p50 (ms) | p99 (ms) | p99.9 (ms) | Throughput vs baseline | p99 vs baseline | Target | Errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
    for s in $list; do
        for c in $BENCH_CONNECTIONS; do
            k="$db|$s|$c"
            [ -n "${R[$k|rps]:-}" ] || continue
            base=${S_BASELINE[$s]}
            if [ "$s" = "$base" ]; then
                tr="baseline"; pr="baseline"
            elif [ -n "${R[$db|$base|$c|rps]:-}" ]; then
                tr="$(ratio "${R[$k|rps]}" "${R[$db|$base|$c|rps]}")×"
                pr="$(ratio "${R[$k|p99_us]}" "${R[$db|$base|$c|p99_us]}")×"
            else
                tr="n/a"; pr="n/a"
            fi
            err=$(run_errors "$db" "$s" "$c")
            tgt="-"
            case "$s" in
                rest-recording|soap-evaluate)
                    if [ -n "${R[$db|$base|$c|rps]:-}" ] && [ "$c" != 1 ]; then
                        ok=0; [ -z "$err" ] && calc "exit !(${R[$k|rps]} >= 0.70 * ${R[$db|$base|$c|rps]})" && ok=1
                        tgt="throughput ≥ 0.70×: $(verdict $ok)"
                        if [ "$c" = 8 ]; then
                            ok=0; calc "exit !(${R[$k|p99_us]} <= 1.5 * ${R[$db|$base|$c|p99_us]})" && ok=1
                            tgt="$tgt; p99 ≤ 1.5×: $(verdict $ok)"
                        fi
                    fi ;;
                rest-leadtime|soap-leadtime)
                    if [ -n "${R[$db|$base|$c|rps]:-}" ]; then
                        need=$([ "${S_PROTO[$s]}" = REST ] && echo 0.70 || echo 0.85)
                        ok=0; [ -z "$err" ] && calc "exit !(${R[$k|rps]} >= $need * ${R[$db|$base|$c|rps]})" && ok=1
                        tgt="throughput ≥ ${need}×: $(verdict $ok)"
                        if [ "$c" = 8 ]; then
                            ok=0; calc "exit !(${R[$k|p99_us]} <= 1.5 * ${R[$db|$base|$c|p99_us]})" && ok=1
                            tgt="$tgt; p99 ≤ 1.5×: $(verdict $ok)"
                        fi
                    fi ;;
                rest-consent)
                    if [ "$db" = pg ]; then
                        ok=0; [ -z "$err" ] && calc "exit !(${R[$k|rps]} >= 1500)" && ok=1
                        tgt="≥ 1,500/s: $(verdict $ok)"
                    fi ;;
            esac
            echo "| ${S_LABEL[$s]} | $c | $(calc "printf \"%.0f\", ${R[$k|rps]}") | $(ms "${R[$k|p50_us]}") | $(ms "${R[$k|p99_us]}") | $(ms "${R[$k|p999_us]}") | $tr | $pr | $tgt | ${err:+**FLAGGED**: $err}${err:--} |"
        done
    done
done

if [[ " ${DBS[*]} " == *" h2 "* && " $BENCH_H2_SCENARIOS " == *" rest-consent "* ]] || [[ " ${DBS[*]} " == *" pg "* && " $BENCH_PG_SCENARIOS " == *" rest-consent "* ]]; then
    echo
    echo "## Consent submissions: rows written vs answers seen"
    echo
    echo "Every consent run (server warm-up, warm-ups and measured steps) sends a unique Idempotency-Key and the run's caseReference; after the run the rows are counted (PostgreSQL: psql; embedded H2: the API's page.totalElements, and the decision log from the database file once the server has stopped). A request still on its way when wrk stops would leave a row nobody counted, so the consent scenario stops sending at the end of its step and waits up to ${BENCH_DRAIN} s for the last answers (\"unanswered\" must be 0)."
    echo
    echo "| Database | 201s seen by wrk | Other answers | Unanswered at stop | consent_request rows | decision_log rows | idempotency records | Lost or duplicated |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
    for db in "${DBS[@]}"; do
        [ -n "${INFO[$db.rows]:-}" ] || continue
        name=$([ "$db" = h2 ] && echo "embedded H2" || echo "PostgreSQL")
        ok=1
        [ "${INFO[$db.rows]}" = "${INFO[$db.c201]}" ] || ok=0
        [ "${INFO[$db.dlog]}" = "n/a" ] || [ "${INFO[$db.dlog]}" = "${INFO[$db.rows]}" ] || ok=0
        [ "${INFO[$db.idem]}" = "n/a" ] || [ "${INFO[$db.idem]}" = "${INFO[$db.rows]}" ] || ok=0
        [ "${INFO[$db.cbad]}" = 0 ] || ok=0
        INFO[$db.integrity]=$ok
        echo "| $name | ${INFO[$db.c201]} | ${INFO[$db.cbad]} | ${INFO[$db.cunanswered]} | ${INFO[$db.rows]} | ${INFO[$db.dlog]} | ${INFO[$db.idem]} | $([ $ok = 1 ] && echo "none (counts match exactly)" || echo "**MISMATCH**") |"
    done
fi

if [ -n "${INFO[ceiling]:-}" ]; then
    echo
    echo "## PostgreSQL alone on this machine (pgbench, no gateway)"
    echo
    echo "The same statements the gateway sends, with bodies copied from a submission it stored in this run, into copies of its tables (\`pg_ceiling\` in bench/run), $BENCH_DURATION s each. PostgreSQL shares the two cores with pgbench here as it shares them with the gateway and wrk in the scenarios above: these figures bound what the gateway can reach on this machine."
    echo
    echo "| Transaction | Conns | Transactions/s |"
    echo "|---|---:|---:|"
    for c in $BENCH_CONNECTIONS; do
        echo "| a consent submission: SELECT of an earlier answer, four INSERTs, COMMIT | $c | ${INFO[ceiling.submission.$c]} |"
    done
    echo "| one decision-log INSERT, committed on its own (what a lone recording decision waits for) | 1 | ${INFO[ceiling.decision.1]} |"
    echo "| decision-log INSERTs, 8 to a commit (what a group commit of 8 can reach; rows/s) | 1 | ${INFO[ceiling.batch.8]} |"
    echo "| decision-log INSERTs, 64 to a commit (rows/s) | 1 | ${INFO[ceiling.batch.64]} |"
fi

echo
echo "## JMH: the pure policy core (one thread, ops/s)"
echo
echo "| Benchmark | ops/s | ± (99.9%) |"
echo "|---|---:|---:|"
for b in recordingDecision usageDecision leadTime; do
    echo "| $b | $(fmt_int "$(calc "printf \"%.0f\", ${JMH[$b]}")") | $(calc "e = \"${JMH_ERR[$b]}\"; if (e == \"NaN\" || e == \"\") print \"n/a\"; else printf \"%.0f\", e") |"
done
} > "$WORK/report-body.md"

# Targets ------------------------------------------------------------------------------------------------
for db in "${DBS[@]}"; do
    list=$([ "$db" = h2 ] && echo "$BENCH_H2_SCENARIOS" || echo "$BENCH_PG_SCENARIOS")
    name=$([ "$db" = h2 ] && echo "H2" || echo "PostgreSQL")
    for s in rest-recording rest-leadtime soap-evaluate soap-leadtime; do
        [[ " $list " == *" $s "* ]] || continue
        base=${S_BASELINE[$s]}
        [[ " $list " == *" $base "* ]] || continue
        need=$([ "${S_PROTO[$s]}" = REST ] && echo 0.70 || echo 0.85)
        decision=false; [[ "$s" == rest-recording || "$s" == soap-evaluate ]] && { decision=true; need=0.70; }
        figs=""; ok=1
        for c in $BENCH_CONNECTIONS; do
            r=$(ratio "${R[$db|$s|$c|rps]}" "${R[$db|$base|$c|rps]}")
            figs="${figs:+$figs, }c$c ${r}×"
            # a decision waits for its own commit at one connection: its target is at 8 and 64 (issue 16)
            $decision && [ "$c" = 1 ] && continue
            calc "exit !(${R[$db|$s|$c|rps]} >= $need * ${R[$db|$base|$c|rps]})" || ok=0
            [ -z "$(run_errors "$db" "$s" "$c")" ] || { ok=0; figs="$figs (FLAGGED)"; }
        done
        if [ "$db" = pg ] && [ -n "${INFO[ceiling.decision.1]:-}" ] && $decision; then
            figs="$figs (PostgreSQL alone commits ${INFO[ceiling.decision.1]} single decision-log inserts/s here, ${INFO[ceiling.batch.8]} rows/s 8 to a commit, ${INFO[ceiling.batch.64]} rows/s 64 to a commit)"
        fi
        if $decision; then
            what="throughput ≥ 70% of the ${S_PROTO[$s]} same-shape echo at 8 and more connections"
        else
            what="throughput ≥ $(calc "printf \"%d\", $need * 100")% of the ${S_PROTO[$s]} baseline at each connection count"
        fi
        target "${S_LABEL[$s]} ($name): $what" \
               "≥ ${need}×" "$figs" "$(verdict $ok)"
        if [[ " $BENCH_CONNECTIONS " == *" 8 "* ]]; then
            p=$(ratio "${R[$db|$s|8|p99_us]}" "${R[$db|$base|8|p99_us]}")
            ok=0; calc "exit !(${R[$db|$s|8|p99_us]} <= 1.5 * ${R[$db|$base|8|p99_us]})" && ok=1
            target "${S_LABEL[$s]} ($name): p99 at 8 connections ≤ 1.5× the baseline's" "≤ 1.50×" \
                   "${p}× ($(ms "${R[$db|$s|8|p99_us]}") ms vs $(ms "${R[$db|$base|8|p99_us]}") ms)" "$(verdict $ok)"
        fi
    done
done
for b in recordingDecision usageDecision leadTime; do
    ok=0; calc "exit !(${JMH[$b]} >= 1000000)" && ok=1
    target "JMH $b (pure core, one thread)" "≥ 1,000,000 ops/s" "$(fmt_int "$(calc "printf \"%.0f\", ${JMH[$b]}")") ops/s" "$(verdict $ok)"
done
for db in "${DBS[@]}"; do
    list=$([ "$db" = h2 ] && echo "$BENCH_H2_SCENARIOS" || echo "$BENCH_PG_SCENARIOS")
    [[ " $list " == *" rest-consent "* ]] || continue
    name=$([ "$db" = h2 ] && echo "embedded H2" || echo "PostgreSQL")
    if [ "$db" = pg ]; then
        best=0; bestc=""
        for c in $BENCH_CONNECTIONS; do
            if calc "exit !(${R[pg|rest-consent|$c|rps]} > $best)"; then best=${R[pg|rest-consent|$c|rps]}; bestc=$c; fi
        done
        ok=0; calc "exit !($best >= 1500)" && [ -z "$(run_errors pg rest-consent "$bestc")" ] && ok=1
        ceiling=""
        if [ -n "${INFO[ceiling]:-}" ]; then
            ceiling=" (PostgreSQL alone, the same statements from pgbench: $(for c in $BENCH_CONNECTIONS; do printf '%s/s at %s, ' "${INFO[ceiling.submission.$c]}" "$c"; done | sed 's/, $//'))"
        fi
        target "Consent submissions on PostgreSQL (best of the ladder)" "≥ 1,500/s" \
               "$(calc "printf \"%.0f\", $best")/s at $bestc connections$ceiling" "$(verdict $ok)"
    fi
    target "Consent submissions on $name: no lost or duplicated rows" "rows = 201s; decision_log rows = rows; no other answers" \
           "201s ${INFO[$db.c201]}, rows ${INFO[$db.rows]}, decision_log ${INFO[$db.dlog]}, idempotency ${INFO[$db.idem]}, other ${INFO[$db.cbad]}" \
           "$(verdict "${INFO[$db.integrity]:-0}")"
done
for db in "${DBS[@]}"; do
    name=$([ "$db" = h2 ] && echo "embedded H2" || echo "PostgreSQL")
    ok=0; [ "${INFO[$db.start_ms]}" -lt 6000 ] && ok=1
    target "Start to ready ($name)" "< 6 s" "$(calc "printf \"%.1f\", ${INFO[$db.start_ms]} / 1000") s$([ "$BENCH_AOT" = 1 ] && echo " with the AOT cache") (of it ${INFO[$db.unpack_ms]} ms unpacking the jar; the jar without the AOT cache: ${INFO[noaot.start_ms]} ms; the server's layers alone, no deployment: ${INFO[bare.start_ms]} ms)" "$(verdict $ok)"
    ok=0; [ "${INFO[$db.rss_rest]}" -lt 400 ] && ok=1
    target "RSS at rest after start ($name)" "< 400 MB" "${INFO[$db.rss_rest]} MB" "$(verdict $ok)"
done

mkdir -p "$RESULTS_DIR"
{
    cat "$WORK/report-body.md"
    echo
    echo "## Targets"
    echo
    echo "| Target | Required | Measured | Verdict |"
    echo "|---|---|---|---|"
    cat "$TARGETS"
    echo
    echo "$(grep -c '| MET |$' "$TARGETS") met, $(grep -c '| MISSED |$' "$TARGETS") missed. A MISSED target is a finding, not a failure of the run. Figures from a shared or busy machine (see the load average above) are noisy; compare ratios rather than absolute numbers."
} > "$REPORT"
cp "$REPORT" "$RESULTS_DIR/latest.md"

echo
cat "$REPORT"
echo
log "report written to $REPORT (and $RESULTS_DIR/latest.md)"
