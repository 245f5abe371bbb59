-- wrk script: each request reads the next of many reviews (GET /api/reviews/{id}),
-- the ids one a line in the file named by $REVIEW_IDS; each thread starts at
-- another place in the list, so that first reads are spread over the run.
local ids = {}
local next_index = 1

function setup(thread)
  thread:set("offset", math.random(1, 100000))
end

function init(args)
  for line in io.lines(os.getenv("REVIEW_IDS")) do
    ids[#ids + 1] = line
  end
  next_index = (offset or 0) % #ids + 1
end

function request()
  local id = ids[next_index]
  next_index = next_index % #ids + 1
  return wrk.format("GET", "/api/reviews/" .. id)
end
