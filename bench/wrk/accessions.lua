-- wrk script: POST /api/accessions with valid, distinct accessions (one new organisation each).
-- Usage: wrk -t2 -c4 -d20s -s bench/wrk/accessions.lua http://127.0.0.1:8080 -- <first-number>
-- Give every run on the same database its own <first-number> range (e.g. 0, 1000000, 2000000, ...):
-- a second accession for an organisation with an open case is refused with 409.
-- At the end it prints the count of answers other than 201 Created (wrk counts only 4xx/5xx itself).

local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

local first, n, step = 0, 0, 1
unexpected = 0 -- global: done() reads it from each thread
local token = "wrk-csrf-token-0000000000000000"

function init(args)
  first = tonumber(args[1] or "0")
  n = tid
  step = 16 -- wrk threads (at most 16) interleave: thread t uses t, t+16, t+32, ...
  unexpected = 0
end

-- A Swedish organisation number 2?????-???C with a valid Luhn check digit, distinct per value (< 8e6).
local function organisation_number(value)
  local nine = string.format("21%d%06d", 2 + math.floor(value / 1000000), value % 1000000)
  local sum = 0
  for i = 1, 9 do
    local product = tonumber(nine:sub(i, i)) * ((i % 2 == 1) and 2 or 1)
    sum = sum + math.floor(product / 10) + product % 10
  end
  return nine:sub(1, 6) .. "-" .. nine:sub(7, 9) .. tostring((10 - sum % 10) % 10)
end

function request()
  local value = first + n
  n = n + step
  local body = string.format([[{"organisationName":"Lasttestkommun %d","organisationNumber":"%s",
"organisationType":"KOMMUN","municipalityCode":"1480","contactName":"Kim Kontakt","contactTitle":"Strateg",
"contactEmail":"kontakt%d@kommun.example","contactPhone":"031-123 45 67","decisionBody":"Kommunstyrelsen",
"decisionDate":"2026-10-01","decisionReference":"KS %d","goalsMakt":["MAKT-1"],
"plannedWork":"Vi integrerar jämställdhet i styrning och uppföljning.","infoSessionInterest":true,
"personalDataConsent":true}]], value, organisation_number(value), value, value)
  return wrk.format("POST", "/api/accessions", {
    ["Content-Type"] = "application/json",
    ["Cookie"] = "XSRF-TOKEN=" .. token,
    ["X-XSRF-TOKEN"] = token,
  }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    unexpected = unexpected + 1
    if unexpected <= 3 then
      io.stderr:write("answer " .. status .. ": " .. body:sub(1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("unexpected")
  end
  io.write(string.format("not 201: %d\n", total))
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
