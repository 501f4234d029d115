-- wrk script of src/bench/cluster-load.sh: anonymous incident reports through the public API.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"product":"toegangsbeheer","impact":"LOW","urgency":"LOW","description":"Load test report",'
    .. '"reporter":{"name":"Load Test","email":"load-test@example.org","organisation":"Bench"}}'
