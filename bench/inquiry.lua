-- POST /api/inquiries with a body of its own for every request (and a key of its own, as a careful client sends).
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0

function request()
  counter = counter + 1
  local id = string.format("%d-%d-%d", tid or 0, counter, os.time())
  local body = '{"name":"성능시험","company":"벤치정밀","phone":"010-1234-5678","email":"bench-' .. id ..
      '@example.kr","topic":"FUNDING","message":"성능 측정을 위한 상담 신청 ' .. id .. '번입니다.","privacyConsent":true}'
  return wrk.format("POST", "/api/inquiries",
      { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. id }, body)
end
