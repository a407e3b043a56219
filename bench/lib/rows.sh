# bench/lib/rows.sh — counting the rows a consent run wrote against the 201s wrk saw.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

sum_field() { # db scenario field -> sum over every run of that scenario on that database (warm-ups included)
    awk -F'\t' -v db="$1" -v s="$2" -v f="$3" '$1 == db && $2 == s {
          n = split($5, kv, " "); for (i = 1; i <= n; i++) { split(kv[i], p, "="); if (p[1] == f) t += p[2] }
        } END { printf "%d", t }' "$RESULTS"
}

count_consent_rows() { # db (server still running)
    local db=$1
    local ref="$RUN_ID-$db"
    INFO[$db.c201]=$(sum_field "$db" rest-consent expected)
    INFO[$db.cbad]=$(( $(sum_field "$db" rest-consent non2xx) + $(sum_field "$db" rest-consent other2xx) ))
    INFO[$db.cunanswered]=$(sum_field "$db" rest-consent unanswered)
    if [ "$db" = pg ]; then
        local q
        q=$(PGPASSWORD="$BENCH_PG_PASSWORD" "${PSQL[@]}" -F ' ' -c "
            select (select count(*) from consent_request where case_reference = '$ref'),
                   (select count(*) from decision_log d join consent_request r on d.consent_reference = r.reference
                     where r.case_reference = '$ref'),
                   (select count(*) from idempotency_record where operation = '$CONSENT_OPERATION'
                     and idempotency_key like '$ref-c%')") || fail "[$db] counting rows in PostgreSQL failed"
        read -r "INFO[$db.rows]" "INFO[$db.dlog]" "INFO[$db.idem]" <<< "$q"
    else
        local body
        body=$(curl -s -m 10 -H "$CASE_SYSTEM_AUTH" "$HTTP/api/v1/consent-requests?caseReference=$ref&pageSize=1") \
            || fail "[$db] counting consent requests through the API failed"
        INFO[$db.rows]=$(grep -o '"totalElements":[0-9]*' <<< "$body" | grep -o '[0-9]*$' || true)
        [ -n "${INFO[$db.rows]}" ] || fail "[$db] no page.totalElements in: ${body:0:300}"
        INFO[$db.dlog]="n/a"; INFO[$db.idem]="n/a"
    fi
    log "[$db] consent: ${INFO[$db.c201]} x 201 seen by wrk, ${INFO[$db.rows]} consent_request rows, decision_log ${INFO[$db.dlog]}, idempotency records ${INFO[$db.idem]}, non-201 ${INFO[$db.cbad]}, unanswered ${INFO[$db.cunanswered]}"
}

count_h2_decision_log() { # after the H2 server stopped: read its file directly for the decision log
    local ref="$RUN_ID-h2" file="$WORK/h2/data/gateway"
    [ -f "$WORK/h2.jar" ] && [ -f "$file.mv.db" ] || return 0
    local out
    if out=$(timeout 120 java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$file" -user gateway -password gateway \
            -sql "select count(*) from decision_log d join consent_request r on d.consent_reference = r.reference where r.case_reference = '$ref'; select count(*) from idempotency_record where operation = '$CONSENT_OPERATION' and idempotency_key like '$ref-c%'" 2>&1); then
        local counts
        counts=$(grep -E '^[0-9]+$' <<< "$out" | tr '\n' ' ')
        read -r "INFO[h2.dlog]" "INFO[h2.idem]" <<< "$counts" || true
        INFO[h2.dlog]=${INFO[h2.dlog]:-n/a}; INFO[h2.idem]=${INFO[h2.idem]:-n/a}
        log "[h2] from the database file after the stop: decision_log ${INFO[h2.dlog]}, idempotency records ${INFO[h2.idem]}"
    else
        log "[h2] could not read the database file after the stop (decision_log not counted): ${out:0:200}"
    fi
}
