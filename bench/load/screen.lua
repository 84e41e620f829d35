-- wrk script: POSTs one screening query per request, cycling through the names in names.txt (one per line).
-- ENDPOINT (env): "match" for yente's POST /match/default, "v1" for POST /v1/screen. KEY (env): the API key.
local endpoint = os.getenv("ENDPOINT") or "v1"
local key = os.getenv("KEY") or ""
local bodies = {}
local counter = 0

local function escape(s)
  return (s:gsub('\\', '\\\\'):gsub('"', '\\"'))
end

for line in io.lines(os.getenv("NAMES") or "names.txt") do
  local name = escape(line)
  if endpoint == "match" then
    bodies[#bodies + 1] = '{"queries":{"q":{"schema":"Thing","properties":{"name":["' .. name .. '"]}}}}'
  else
    bodies[#bodies + 1] = '{"name":"' .. name .. '"}'
  end
end

wrk.method = "POST"
wrk.path = endpoint == "match" and "/match/default" or "/v1/screen"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "ApiKey " .. key

request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])
end

response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("status " .. status .. ": " .. body:sub(1, 200) .. "\n")
  end
end
