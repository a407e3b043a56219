-- One wrk script for every scenario of bench/run, configured through the environment:
--
--   BENCH_METHOD             GET or POST (default GET)
--   BENCH_PATH               request path and query, e.g. /api/v1/lead-time?authority=UWV&...
--   BENCH_BODY_FILE          file whose bytes are the request body (optional)
--   BENCH_HEADERS            request headers, one "Name: value" per line (optional)
--   BENCH_EXPECT             the status every response must have (default 200)
--   BENCH_IDEMPOTENCY_PREFIX when set, every request gets its own Idempotency-Key:
--                            <prefix>-<thread id>-<counter>, so no two requests of a run share one
--   BENCH_SEND_MS            when set, each thread stops SENDING after this many milliseconds and only waits
--                            for the answers still on their way (wrk's -d must leave time for that). wrk itself
--                            ends at -d whatever is in flight; for requests that write rows that would leave rows
--                            nobody counted, so bench/run gives the writing scenario a drain time.
--
-- done() prints one line that bench/run parses:
--   BENCH-RESULT responses=… expected=… other2xx=… non2xx=… statuses=201:…,409:… sent=… unanswered=…
--                seconds=… rps=… p50_us=… p99_us=… p999_us=… max_us=… errors=connect/read/write/timeout
-- Throughput (rps) counts every response: answers with an unexpected status are not hidden in it, they are
-- reported next to it (and bench/run flags the scenario).

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec_t;
int clock_gettime(int clk_id, bench_timespec_t *tp);
]]
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("bench_timespec_t")

local function now_ms()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
    return tonumber(timespec.tv_sec) * 1000 + tonumber(timespec.tv_nsec) / 1e6
end

local function read_file(path)
    local f = assert(io.open(path, "rb"))
    local content = f:read("*a")
    f:close()
    return content
end

local method = os.getenv("BENCH_METHOD") or "GET"
local path = assert(os.getenv("BENCH_PATH"), "BENCH_PATH is not set")
local body_file = os.getenv("BENCH_BODY_FILE")
local body = nil
if body_file and body_file ~= "" then
    body = read_file(body_file)
end
local expect = tonumber(os.getenv("BENCH_EXPECT") or "200")
local idempotency_prefix = os.getenv("BENCH_IDEMPOTENCY_PREFIX")
if idempotency_prefix == "" then
    idempotency_prefix = nil
end
local send_ms = tonumber(os.getenv("BENCH_SEND_MS") or "")

local headers = {}
for line in (os.getenv("BENCH_HEADERS") or ""):gmatch("[^\n]+") do
    local name, value = line:match("^%s*([^:]+):%s*(.-)%s*$")
    if name then
        headers[name] = value
    end
end

wrk.method = method
wrk.path = path
wrk.headers = headers
wrk.body = body

-- Main state: one entry per thread, to collect their counters in done().
local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("id", #threads)
end

-- Thread states from here on (each thread runs this file in a Lua state of its own).
function init(args)
    counter = 0
    sent = 0
    responses = 0
    expected = 0
    other2xx = 0
    non2xx = 0
    statuses = {}
    first_ms = now_ms()
    last_ms = first_ms
    if send_ms then
        stop_sending_at = first_ms + send_ms
    end
end

if idempotency_prefix then
    -- Per request: a fresh key. (wrk calls request() once more on the first thread, before the run, to check
    -- that the request parses; that key is never sent, so counting "sent" is left to delay() below.)
    function request()
        counter = counter + 1
        local h = {}
        for name, value in pairs(headers) do
            h[name] = value
        end
        h["Idempotency-Key"] = idempotency_prefix .. "-" .. id .. "-" .. counter
        return wrk.format(method, path, h, body)
    end
end

if send_ms then
    -- Called by wrk before every request of a connection: 0 = send now; past the deadline the connection
    -- is parked for an hour (far beyond -d), so it sends nothing more and its last answer can still arrive.
    function delay()
        if now_ms() >= stop_sending_at then
            return 3600000
        end
        sent = sent + 1
        return 0
    end
end

function response(status, headers, body)
    responses = responses + 1
    last_ms = now_ms()
    if status == expect then
        expected = expected + 1
    elseif status >= 200 and status < 300 then
        other2xx = other2xx + 1
    else
        non2xx = non2xx + 1
    end
    if status ~= expect then
        statuses[status] = (statuses[status] or 0) + 1
    end
end

function done(summary, latency, requests)
    local total = { responses = 0, expected = 0, other2xx = 0, non2xx = 0, sent = 0 }
    local unexpected = {}
    local first, last = nil, nil
    for _, thread in ipairs(threads) do
        for name, _ in pairs(total) do
            total[name] = total[name] + (thread:get(name) or 0)
        end
        for status, count in pairs(thread:get("statuses") or {}) do
            unexpected[status] = (unexpected[status] or 0) + count
        end
        local f, l = thread:get("first_ms"), thread:get("last_ms")
        if f and (first == nil or f < first) then first = f end
        if l and (last == nil or l > last) then last = l end
    end

    local seconds, unanswered
    if send_ms then
        -- From the start of the threads to the last answer: the parked tail is not part of the load.
        seconds = math.max((last - first) / 1000, 0.001)
        unanswered = total.sent - total.responses
    else
        seconds = summary.duration / 1e6
        unanswered = -1 -- not tracked: nothing is written, and wrk's own stop leaves at most -c in flight
        total.sent = -1
    end

    local codes = {}
    for status, count in pairs(unexpected) do
        table.insert(codes, status .. ":" .. count)
    end
    table.sort(codes)

    local e = summary.errors
    io.write(string.format(
            "BENCH-RESULT responses=%d expected=%d other2xx=%d non2xx=%d statuses=%s sent=%d unanswered=%d "
                    .. "seconds=%.3f rps=%.1f p50_us=%d p99_us=%d p999_us=%d max_us=%d errors=%d/%d/%d/%d\n",
            total.responses, total.expected, total.other2xx, total.non2xx,
            (#codes > 0) and table.concat(codes, ",") or "-",
            total.sent, unanswered, seconds, total.responses / seconds,
            latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max,
            e.connect, e.read, e.write, e.timeout))
end
