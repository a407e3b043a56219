# bench/lib/pg-ceiling.sh — what PostgreSQL alone can do on this machine (pgbench with the gateway's own statements).
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

# What PostgreSQL itself can do on this machine, without the gateway: pgbench sends the statements of one consent
# submission (the SELECT of an earlier answer, the four INSERTs, in one transaction, as log_statement=all shows
# the gateway sending them), with request and answer bodies taken from a submission the gateway stored in this run
# (passed as parameters, as the gateway passes them), into copies of the tables in a schema of their own (dropped
# afterwards); and one decision-log INSERT with its own commit at one connection: the fastest a caller can get an answer that waits for its commit. Skipped without
# pgbench (Debian: postgresql-contrib or the server package) or without a consent row to copy the bodies from.
pg_ceiling() {
    command -v pgbench >/dev/null || { log "pgbench is not installed: PostgreSQL's own ceiling not measured"; return 0; }
    local ref="$RUN_ID-pg" schema="bench_ceiling" q="$WORK/pgbench"
    mkdir -p "$q"
    PGPASSWORD="$BENCH_PG_PASSWORD" "${PSQL[@]}" -c "
        select d.request_body, d.response_body, d.caller
          from decision_log d join consent_request r on d.consent_reference = r.reference
         where r.case_reference = '$ref' limit 1" -F $'\x1f' > "$q/row" 2>"$q/psql.err" || true
    local request answer caller
    IFS=$'\x1f' read -r request answer caller < "$q/row" || true
    [ -n "$answer" ] || { log "no stored consent submission to copy: PostgreSQL's own ceiling not measured"; return 0; }
    PGPASSWORD="$BENCH_PG_PASSWORD" "${PSQL[@]}" -c "
        drop schema if exists $schema cascade; create schema $schema;
        create table $schema.consent_request (like public.consent_request including all);
        create table $schema.consent_status_change (like public.consent_status_change including all);
        alter table $schema.consent_status_change add foreign key (reference) references $schema.consent_request (reference);
        create table $schema.decision_log (like public.decision_log including all);
        create table $schema.idempotency_record (like public.idempotency_record including all);" \
        > /dev/null 2>"$q/psql.err" || { cat "$q/psql.err" >&2; fail "could not create the pgbench tables"; }
    cat > "$q/submission.sql" <<SQL
\\set r random(1, 9000000000000000000)
BEGIN;
SELECT request_hash, state, response_body FROM idempotency_record WHERE operation = '$CONSENT_OPERATION' AND idempotency_key = 'pgbench-' || :r;
INSERT INTO consent_request (reference, kind, authority, medium, intended_usage, conversation_date, channel, case_reference, submitted_by, request_date, consent_grantor, deadline, on_time, status, created_at, updated_at, version) VALUES ('CR-pgbench-' || :r, 'RECORDING', 'UWV', 'VIDEO', NULL, '$CONVERSATION', 'MIJN_UWV', 'PGBENCH', 'case-system', '$TODAY', 'EMPLOYEE', '$TODAY', true, 'SUBMITTED', now(), now(), 0);
INSERT INTO consent_status_change (reference, seq, from_status, to_status, actor, acted_by, reason, changed_at, decision_id) VALUES ('CR-pgbench-' || :r, 0, NULL, 'SUBMITTED', 'REQUESTER', 'case-system', NULL, now(), md5(:r::text));
INSERT INTO decision_log (decision_id, trace_id, span_id, parent_span_id, event_name, occurred_at, status, caller, request_body, response_body, rule_ids, policy_version, consent_reference) VALUES (gen_random_uuid()::text, md5(:r::text), substr(md5(random()::text), 1, 16), NULL, 'consent_submitted', now(), 'SUBMITTED', :caller, :request, :answer, 'UWV-VIDEO-CONSENT,UWV-VIDEO-LEAD-TIME,UWV-NO-SECRET-RECORDING', '2026.1', 'CR-pgbench-' || :r);
INSERT INTO idempotency_record (operation, idempotency_key, request_hash, state, response_status, response_body, resource_reference, created_at, completed_at) VALUES ('$CONSENT_OPERATION', 'pgbench-' || :r, md5(:r::text) || md5(:r::text), 'COMPLETED', NULL, :answer, 'CR-pgbench-' || :r, now(), now());
COMMIT;
SQL
    cat > "$q/decision.sql" <<SQL
\\set r random(1, 9000000000000000000)
INSERT INTO decision_log (decision_id, trace_id, span_id, parent_span_id, event_name, occurred_at, status, caller, request_body, response_body, rule_ids, policy_version, consent_reference) VALUES (gen_random_uuid()::text, md5(:r::text), substr(md5(random()::text), 1, 16), NULL, 'recording_decision', now(), 'CONSENT_REQUIRED', :caller, :request, :answer, 'UWV-VIDEO-CONSENT', '2026.1', NULL);
SQL
    # what a group commit can reach: the same insert, 8 and 64 rows to a commit (rows/s = transactions/s x rows)
    local rows
    for rows in 8 64; do
        {
            echo '\set r random(1, 9000000000000000000)'
            echo 'BEGIN;'
            for _ in $(seq 1 "$rows"); do tail -n 1 "$q/decision.sql"; done
            echo 'COMMIT;'
        } > "$q/decision-batch-$rows.sql"
    done
    pgb() { # connections script -> tps
        PGPASSWORD="$BENCH_PG_PASSWORD" PGOPTIONS="-c search_path=$schema" timeout $(( BENCH_DURATION + 60 )) \
            pgbench -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" -n -M prepared -c "$1" \
            -j "$([ "$1" -ge 2 ] && echo 2 || echo 1)" -T "$BENCH_DURATION" -D request="$request" -D answer="$answer" \
            -D caller="$caller" -f "$2" "$BENCH_PG_DB" > "$q/out" 2>&1 \
            || { cat "$q/out" >&2; fail "pgbench failed ($2, $1 connections)"; }
        grep -q 'number of failed transactions: 0 ' "$q/out" || { cat "$q/out" >&2; fail "pgbench saw failed transactions"; }
        awk '/^tps = / { printf "%.0f", $3 }' "$q/out"
    }
    log "PostgreSQL alone (pgbench, ${BENCH_DURATION} s each): the statements of a consent submission, one decision-log insert with its commit"
    local c
    # pgb runs in a subshell: its fail ends only that, so its status ends the run here
    for c in $BENCH_CONNECTIONS; do
        INFO[ceiling.submission.$c]=$(pgb "$c" "$q/submission.sql") || fail "pgbench: consent submissions, $c connections"
    done
    INFO[ceiling.decision.1]=$(pgb 1 "$q/decision.sql") || fail "pgbench: decision-log inserts"
    for rows in 8 64; do
        INFO[ceiling.batch.$rows]=$(( $(pgb 1 "$q/decision-batch-$rows.sql") * rows )) \
            || fail "pgbench: decision-log inserts, $rows to a commit"
    done
    PGPASSWORD="$BENCH_PG_PASSWORD" "${PSQL[@]}" -c "drop schema $schema cascade" > /dev/null 2>&1 || true
    log "  submissions/s by connections: $(for c in $BENCH_CONNECTIONS; do printf 'c%s %s  ' "$c" "${INFO[ceiling.submission.$c]}"; done); decision inserts with commit at 1 connection: ${INFO[ceiling.decision.1]}/s, 8 to a commit ${INFO[ceiling.batch.8]}/s, 64 to a commit ${INFO[ceiling.batch.64]}/s"
    INFO[ceiling]=1
}
