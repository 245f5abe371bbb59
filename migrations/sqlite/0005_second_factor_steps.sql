-- The last RFC 6238 time step (seconds since the epoch / 30) whose code the
-- user signed in with. A code for that step or an earlier one is refused, so
-- that no code is accepted twice (RFC 6238 section 5.2). NULL until the first
-- sign-in with a second factor, and again whenever a new secret is enrolled.
ALTER TABLE app_user ADD COLUMN totp_last_step INTEGER;
