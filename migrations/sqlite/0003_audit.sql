-- The audit log: who read or changed what, when and from where. Append-only and
-- hash-chained: hash = SHA-256 over prev_hash and the event's canonical bytes,
-- defined in src/app/audit.h; `casereview audit verify` walks the chain.
-- No foreign keys: an event must outlive the user, review or document it names.
-- detail is a small JSON object that never holds personal data about a child or family.
CREATE TABLE audit_event (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),  -- 1, 2, 3, ... without gaps; hashed
  at TEXT NOT NULL,                          -- UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ"
  actor_user_id INTEGER,                     -- NULL for "system" and "anonymous"
  actor TEXT NOT NULL CHECK (actor <> ''),   -- "user:12", "system", "anonymous"
  action TEXT NOT NULL CHECK (action <> ''), -- "session.created", "review.read", ...
  target_type TEXT NOT NULL DEFAULT '',
  target_id TEXT NOT NULL DEFAULT '',
  client_address TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX audit_event_by_target ON audit_event (target_type, target_id, seq);
CREATE INDEX audit_event_by_actor ON audit_event (actor, seq);
CREATE INDEX audit_event_by_time ON audit_event (at);

-- The database itself refuses every change but appending the next event. The
-- triggers are SQLite's dialect (accepted: a PostgreSQL migration would use a
-- BEFORE UPDATE OR DELETE trigger function that raises, and REVOKE UPDATE,
-- DELETE, TRUNCATE from the application's role). The INSERT trigger also stops
-- INSERT OR REPLACE, whose implicit delete fires no DELETE trigger in SQLite.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
  SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
  SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_append_only BEFORE INSERT ON audit_event
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_event)
  OR EXISTS (SELECT 1 FROM audit_event WHERE hash = NEW.hash)
BEGIN
  SELECT RAISE(ABORT, 'audit_event is append-only');
END;
