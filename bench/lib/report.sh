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
# Issue 16's throughput targets, for the scenario tables and the targets section alike: a recording decision ≥ 0.70×
# its same-shape echo at 8 and more connections (at one connection it waits for its own commit), a lead-time query
# ≥ 0.85× its same-shape echo at every connection count.
throughput_need() { case "$1" in rest-recording|soap-evaluate) echo 0.70 ;; *) echo 0.85 ;; esac; }
counts_at() { case "$1" in rest-recording|soap-evaluate) [ "$2" != 1 ] ;; *) true ;; esac; }

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
echo "For comparison, in the same run with the same JVM, started as a newcomer starts it (embedded H2 default, no load):"
echo
echo "| Started | Launch → /health/ready 200 | RSS at rest |"
echo "|---|---:|---:|"
echo "| the README's run command: \`${INFO[readme.command]}\` | ${INFO[noaot.start_ms]} ms | ${INFO[noaot.rss_rest]} MB |"
echo "| the same provisioned server (target/server) with no deployment, not unpacked: what WildFly's layers alone take | ${INFO[bare.start_ms]} ms | - |"
echo
echo "How long decisions waited for the group commit of their decision-log record (the server logs this every minute"
echo "with decisions; the worst minute of the run is shown; docs/benchmark.md explains the figure):"
echo
echo "| Database | Minutes logged | Records per commit (whole run) | Worst minute's p99 wait | Longest wait |"
echo "|---|---:|---:|---:|---:|"
for db in "${DBS[@]}"; do
    name=$([ "$db" = h2 ] && echo "embedded H2" || echo "PostgreSQL")
    grep -h 'Decision log, last' "$WORK/$db/server.log" 2>/dev/null | awk -v name="$name" '
        { for (i = 1; i <= NF; i++) {
              if ($i == "records") r += $(i - 1)
              if ($i == "commits") c += $(i - 1)
              if ($i == "p99" && $(i + 2) + 0 > p) p = $(i + 2) + 0
              if ($i == "max" && $(i + 1) + 0 > m) m = $(i + 1) + 0
          }
          n++ }
        END { if (n == 0) printf "| %s | 0 | - | - | - |\n", name
              else printf "| %s | %d | %.1f | ≤ %.2f ms | %.2f ms |\n", name, n, r / c, p, m }'
done

for db in "${DBS[@]}"; do
    list=$([ "$db" = h2 ] && echo "$BENCH_H2_SCENARIOS" || echo "$BENCH_PG_SCENARIOS")
    name=$([ "$db" = h2 ] && echo "embedded H2" || echo "PostgreSQL")
    echo
    echo "## HTTP scenarios — $name"
    echo
    echo "Ratios are to a baseline of the same protocol on the same server at the same connection count: recording decisions and lead-time queries to their same-shape echo (the question in, an answer of the real answer's shape and size out, through the same JSON provider or SOAP stack), the other scenarios to the REST no-op or the SOAP echo; throughput ratio (higher is better) and p99 ratio (lower is better)."
    sizes=""
    for pair in "rest-recording rest-echo-decision" "soap-evaluate soap-echo-decision" \
                "rest-leadtime rest-echo-lead-time" "soap-leadtime soap-echo-lead-time"; do
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
                rest-recording|soap-evaluate|rest-leadtime|soap-leadtime)
                    if [ -n "${R[$db|$base|$c|rps]:-}" ] && counts_at "$s" "$c"; then
                        need=$(throughput_need "$s")
                        ok=0; [ -z "$err" ] && calc "exit !(${R[$k|rps]} >= $need * ${R[$db|$base|$c|rps]})" && ok=1
                        tgt="throughput ≥ ${need}×: $(verdict $ok)"
                        if [ "$c" = 8 ]; then
                            ok=0; calc "exit !(${R[$k|p99_us]} <= 1.5 * ${R[$db|$base|$c|p99_us]})" && ok=1
                            tgt="$tgt; p99 ≤ 1.5×: $(verdict $ok)"
                        fi
                    fi ;;
                rest-consent)
                    if [ "$db" = pg ] && [ -n "${INFO[ceiling.submission.$c]:-}" ]; then
                        ok=0; [ -z "$err" ] && calc "exit !(${R[$k|rps]} >= 0.80 * ${INFO[ceiling.submission.$c]})" && ok=1
                        tgt="$(ratio "${R[$k|rps]}" "${INFO[ceiling.submission.$c]}")× of pgbench, ≥ 0.80×: $(verdict $ok)"
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
        need=$(throughput_need "$s")
        decision=false; [[ "$s" == rest-recording || "$s" == soap-evaluate ]] && decision=true
        figs=""; ok=1
        for c in $BENCH_CONNECTIONS; do
            r=$(ratio "${R[$db|$s|$c|rps]}" "${R[$db|$base|$c|rps]}")
            figs="${figs:+$figs, }c$c ${r}×"
            counts_at "$s" "$c" || continue
            calc "exit !(${R[$db|$s|$c|rps]} >= $need * ${R[$db|$base|$c|rps]})" || ok=0
            [ -z "$(run_errors "$db" "$s" "$c")" ] || { ok=0; figs="$figs (FLAGGED)"; }
        done
        if [ "$db" = pg ] && [ -n "${INFO[ceiling.decision.1]:-}" ] && $decision; then
            figs="$figs (PostgreSQL alone commits ${INFO[ceiling.decision.1]} single decision-log inserts/s here, ${INFO[ceiling.batch.8]} rows/s 8 to a commit, ${INFO[ceiling.batch.64]} rows/s 64 to a commit)"
        fi
        if $decision; then
            what="throughput ≥ 70% of the ${S_PROTO[$s]} same-shape echo at 8 and more connections"
        else
            what="throughput ≥ $(calc "printf \"%d\", $need * 100")% of the ${S_PROTO[$s]} same-shape echo at each connection count"
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
for b in recordingDecision usageDecision; do # issue 16: the two decisions; lead time is in the JMH table above
    ok=0; calc "exit !(${JMH[$b]} >= 2000000)" && ok=1
    target "JMH $b (pure core, one thread)" "≥ 2,000,000 ops/s" "$(fmt_int "$(calc "printf \"%.0f\", ${JMH[$b]}")") ops/s" "$(verdict $ok)"
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
        # issue 16: ≥ 0.80× PostgreSQL alone running the same statements (pgbench) at that connection count
        ok=0; r="?"; ceiling=" (pgbench not run)"
        if [ -n "${INFO[ceiling]:-}" ] && [ -n "$bestc" ]; then
            r=$(ratio "$best" "${INFO[ceiling.submission.$bestc]}")
            calc "exit !($best >= 0.80 * ${INFO[ceiling.submission.$bestc]})" \
                && [ -z "$(run_errors pg rest-consent "$bestc")" ] && ok=1
            ceiling=" (PostgreSQL alone, the same statements from pgbench: $(for c in $BENCH_CONNECTIONS; do printf '%s/s at %s, ' "${INFO[ceiling.submission.$c]}" "$c"; done | sed 's/, $//'))"
        fi
        target "Consent submissions on PostgreSQL (best of the ladder) vs pgbench with the same statements" "≥ 0.80×" \
               "${r}×: $(calc "printf \"%.0f\", $best")/s at $bestc connections$ceiling" "$(verdict $ok)"
    fi
    target "Consent submissions on $name: no lost or duplicated rows" "rows = 201s; decision_log rows = rows; no other answers" \
           "201s ${INFO[$db.c201]}, rows ${INFO[$db.rows]}, decision_log ${INFO[$db.dlog]}, idempotency ${INFO[$db.idem]}, other ${INFO[$db.cbad]}" \
           "$(verdict "${INFO[$db.integrity]:-0}")"
done
# Start and RSS: the README's run command as a newcomer types it (issue 16), against WildFly's layers alone
ok=0; [ "${INFO[bare.start_ms]}" != "?" ] && [ "${INFO[noaot.start_ms]}" -le $(( INFO[bare.start_ms] + 3000 )) ] && ok=1
target "Start to ready, the README's run command (embedded H2)" "≤ bare layers + 3 s" \
       "$(calc "printf \"%.1f\", ${INFO[noaot.start_ms]} / 1000") s vs the server's layers alone, no deployment: ${INFO[bare.start_ms]} ms (the measured servers$([ "$BENCH_AOT" = 1 ] && echo ", with the AOT cache and the benchmark's JVM options"): $(for db in "${DBS[@]}"; do printf '%s %s ms, ' "$db" "${INFO[$db.start_ms]}"; done | sed 's/, $//'))" \
       "$(verdict $ok)"
ok=0; [ "${INFO[noaot.rss_rest]}" -lt 400 ] && ok=1
target "RSS at rest after start, the README's run command (embedded H2)" "< 400 MB" \
       "${INFO[noaot.rss_rest]} MB (with the benchmark's JVM options: $(for db in "${DBS[@]}"; do printf '%s %s MB, ' "$db" "${INFO[$db.rss_rest]}"; done | sed 's/, $//'))" \
       "$(verdict $ok)"

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
