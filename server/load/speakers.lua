-- wrk script: GET /api/quotes?speaker=NAME, cycling through the names
-- given after "--" (default: the synthetic data's ten most quoted speakers;
-- the first has ~15% of all quotes), and prints one RESULT line.
local speakers = {
  "Amara Adeyemi", "Bogdan Brandt", "Chiara Castillo", "Dmitri Dubois", "Elif Eriksen",
  "Farid Fontaine", "Greta Gallo", "Hiroshi Horvat", "Ines Ivanova", "Jonas Jansen",
}
local i = 0

init = function(args)
  if #args > 0 then speakers = args end
end

request = function()
  i = i + 1
  local name = speakers[(i % #speakers) + 1]:gsub(" ", "+")
  return wrk.format("GET", "/api/quotes?speaker=" .. name)
end

-- No response() callback: wrk would parse every answer into Lua for it.
-- summary.errors.status counts the answers that are not 2xx or 3xx.

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f socket_errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
