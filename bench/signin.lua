-- wrk script: every request is a sign-in (POST /api/session) for the bench user.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"bench.user@example.invalid","password":"fictional bench passphrase"}'
