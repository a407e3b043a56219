# bench/lib/scenarios.sh — the scenarios: request bodies, headers and expected answers of each.
# Sourced by bench/run, in order; it shares the driver's variables and functions.
# shellcheck shell=bash

SCENARIOS_ALL="rest-noop soap-echo rest-echo-decision soap-echo-decision rest-echo-lead-time soap-echo-lead-time rest-recording authzen-recording rest-leadtime soap-evaluate soap-leadtime rest-consent"
declare -A S_LABEL S_PROTO S_METHOD S_PATH S_BODY S_HEADERS S_EXPECT S_BASELINE

define_scenario() { # id protocol label method path body-file headers expect
    S_PROTO[$1]=$2; S_LABEL[$1]=$3; S_METHOD[$1]=$4; S_PATH[$1]=$5; S_BODY[$1]=$6; S_HEADERS[$1]=$7
    S_EXPECT[$1]=$8
    if [ "$2" = REST ]; then S_BASELINE[$1]=rest-noop; else S_BASELINE[$1]=soap-echo; fi
}

GATEWAY_NS="http://recordingpolicy.overheid.nl/gateway/v1"
ECHO_NS="http://recordingpolicy.overheid.nl/bench/baseline/v1"
SOAP_ENV="http://schemas.xmlsoap.org/soap/envelope/"
mkdir -p "$WORK/bodies" "$WORK/wrk"
B="$WORK/bodies"

printf '%s' "{\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"participant\":true,\"conversationDate\":\"$CONVERSATION\"}" \
    > "$B/recording.json"
printf '%s' "<soapenv:Envelope xmlns:soapenv=\"$SOAP_ENV\" xmlns:rp=\"$GATEWAY_NS\"><soapenv:Body><rp:EvaluateRecording><rp:authority>UWV</rp:authority><rp:medium>VIDEO</rp:medium><rp:participant>true</rp:participant><rp:conversationDate>$CONVERSATION</rp:conversationDate></rp:EvaluateRecording></soapenv:Body></soapenv:Envelope>" \
    > "$B/soap-evaluate.xml"
printf '%s' "<soapenv:Envelope xmlns:soapenv=\"$SOAP_ENV\" xmlns:rp=\"$GATEWAY_NS\"><soapenv:Body><rp:GetLeadTimeStatus><rp:authority>UWV</rp:authority><rp:medium>VIDEO</rp:medium><rp:conversationDate>$CONVERSATION</rp:conversationDate><rp:requestDate>$TODAY</rp:requestDate></rp:GetLeadTimeStatus></soapenv:Body></soapenv:Envelope>" \
    > "$B/soap-leadtime.xml"
# The echo's envelope is padded (in its second field) to exactly the size of the EvaluateRecording envelope.
echo_envelope() {
    printf '%s' "<soapenv:Envelope xmlns:soapenv=\"$SOAP_ENV\" xmlns:e=\"$ECHO_NS\"><soapenv:Body><e:Echo><e:first>UWV VIDEO true</e:first><e:second>$CONVERSATION$1</e:second></e:Echo></soapenv:Body></soapenv:Envelope>"
}
pad=$(( $(stat -c %s "$B/soap-evaluate.xml") - $(echo_envelope "" | wc -c) ))
[ "$pad" -ge 0 ] || fail "the echo envelope is larger than the EvaluateRecording envelope"
echo_envelope "$(printf '%*s' "$pad" '' | tr ' ' '.')" > "$B/soap-echo.xml"
# The same-shape echo: EvaluateRecording's request elements, in the echo's namespace.
printf '%s' "<soapenv:Envelope xmlns:soapenv=\"$SOAP_ENV\" xmlns:e=\"$ECHO_NS\"><soapenv:Body><e:EchoDecision><e:authority>UWV</e:authority><e:medium>VIDEO</e:medium><e:participant>true</e:participant><e:conversationDate>$CONVERSATION</e:conversationDate></e:EchoDecision></soapenv:Body></soapenv:Envelope>" \
    > "$B/soap-echo-decision.xml"
# The same-shape lead-time echo: GetLeadTimeStatus's request elements, in the echo's namespace.
printf '%s' "<soapenv:Envelope xmlns:soapenv=\"$SOAP_ENV\" xmlns:e=\"$ECHO_NS\"><soapenv:Body><e:EchoLeadTime><e:authority>UWV</e:authority><e:medium>VIDEO</e:medium><e:conversationDate>$CONVERSATION</e:conversationDate><e:requestDate>$TODAY</e:requestDate></e:EchoLeadTime></soapenv:Body></soapenv:Envelope>" \
    > "$B/soap-echo-lead-time.xml"
[ "$(stat -c %s "$B/soap-echo.xml")" = "$(stat -c %s "$B/soap-evaluate.xml")" ] || fail "echo envelope size mismatch"

consent_body() { # caseReference
    printf '%s' "{\"kind\":\"RECORDING\",\"authority\":\"UWV\",\"medium\":\"VIDEO\",\"conversationDate\":\"$CONVERSATION\",\"channel\":\"MIJN_UWV\",\"caseReference\":\"$1\"}"
}

JSON_CT='Content-Type: application/json'
SOAP_CT='Content-Type: text/xml; charset=utf-8'
define_scenario rest-noop REST "REST no-op GET /bench-baseline/rest/noop (baseline)" GET \
    /bench-baseline/rest/noop "" "" 200
define_scenario soap-echo SOAP "SOAP Echo (baseline)" POST /bench-baseline/soap/Echo "$B/soap-echo.xml" \
    "$SOAP_CT"$'\n'"SOAPAction: \"$ECHO_NS/Echo\"" 200
# Same-shape echoes: the request of a recording decision in, an answer of a decision's shape and size out, through the
# same JSON provider and SOAP stack; the recording decisions are compared with these (see S_BASELINE below).
define_scenario rest-echo-decision REST "REST same-shape echo POST /bench-baseline/rest/echo-decision (baseline)" POST \
    /bench-baseline/rest/echo-decision "$B/recording.json" "$JSON_CT" 200
define_scenario soap-echo-decision SOAP "SOAP same-shape EchoDecision (baseline)" POST /bench-baseline/soap/Echo \
    "$B/soap-echo-decision.xml" "$SOAP_CT"$'\n'"SOAPAction: \"$ECHO_NS/EchoDecision\"" 200
# Same-shape lead-time echoes: the lead-time question in, an answer of the lead-time answer's shape and size out.
define_scenario rest-echo-lead-time REST "REST same-shape echo GET /bench-baseline/rest/echo-lead-time (baseline)" GET \
    "/bench-baseline/rest/echo-lead-time?authority=UWV&medium=VIDEO&conversationDate=$CONVERSATION&requestDate=$TODAY" "" "" 200
define_scenario soap-echo-lead-time SOAP "SOAP same-shape EchoLeadTime (baseline)" POST /bench-baseline/soap/Echo \
    "$B/soap-echo-lead-time.xml" "$SOAP_CT"$'\n'"SOAPAction: \"$ECHO_NS/EchoLeadTime\"" 200
define_scenario rest-recording REST "REST POST /api/v1/recording-decisions" POST /api/v1/recording-decisions \
    "$B/recording.json" "$JSON_CT" 200
# The same recording question through the AuthZEN adapter (issue 17), reported next to the REST one: same core,
# same decision log, its own request and answer shape; compared with the REST same-shape echo, without a target.
printf '%s' "{\"subject\":{\"type\":\"citizen\",\"id\":\"bench\",\"properties\":{\"participant\":true}},\"action\":{\"name\":\"record\",\"properties\":{\"medium\":\"VIDEO\"}},\"resource\":{\"type\":\"conversation\",\"id\":\"UWV\"},\"context\":{\"conversation_date\":\"$CONVERSATION\"}}" \
    > "$B/authzen-recording.json"
define_scenario authzen-recording REST "AuthZEN POST /access/v1/evaluation (the same question)" POST /access/v1/evaluation \
    "$B/authzen-recording.json" "$JSON_CT" 200
define_scenario rest-leadtime REST "REST GET /api/v1/lead-time" GET \
    "/api/v1/lead-time?authority=UWV&medium=VIDEO&conversationDate=$CONVERSATION&requestDate=$TODAY" "" "" 200
define_scenario soap-evaluate SOAP "SOAP EvaluateRecording" POST /soap/RecordingPolicyService \
    "$B/soap-evaluate.xml" "$SOAP_CT"$'\n'"SOAPAction: \"$GATEWAY_NS/EvaluateRecording\"" 200
define_scenario soap-leadtime SOAP "SOAP GetLeadTimeStatus" POST /soap/RecordingPolicyService \
    "$B/soap-leadtime.xml" "$SOAP_CT"$'\n'"SOAPAction: \"$GATEWAY_NS/GetLeadTimeStatus\"" 200
define_scenario rest-consent REST "REST POST /api/v1/consent-requests (unique Idempotency-Key)" POST \
    /api/v1/consent-requests "" "$JSON_CT" 201   # body per database: its own caseReference

S_BASELINE[rest-echo-decision]=rest-echo-decision
S_BASELINE[soap-echo-decision]=soap-echo-decision
S_BASELINE[rest-recording]=rest-echo-decision
S_BASELINE[authzen-recording]=rest-echo-decision
S_BASELINE[soap-evaluate]=soap-echo-decision
S_BASELINE[rest-echo-lead-time]=rest-echo-lead-time
S_BASELINE[soap-echo-lead-time]=soap-echo-lead-time
S_BASELINE[rest-leadtime]=rest-echo-lead-time
S_BASELINE[soap-leadtime]=soap-echo-lead-time

for list in "$BENCH_H2_SCENARIOS" "$BENCH_PG_SCENARIOS"; do
    for s in $list; do
        [ -n "${S_PROTO[$s]:-}" ] || fail "unknown scenario '$s' (known: $SCENARIOS_ALL)"
    done
done
for c in $BENCH_CONNECTIONS; do
    [[ "$c" =~ ^[1-9][0-9]*$ ]] || fail "BENCH_CONNECTIONS must be positive whole numbers, got '$c'"
done
