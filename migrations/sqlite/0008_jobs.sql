-- The durable job queue (issue 13, section 3): work that must not run on a
-- request's worker (text extraction now; indexing and reminders later) is
-- stored here in the change's own transaction, so it survives a restart and
-- is never lost or done for a change that rolled back. The payload holds ids
-- only ("document_version_id=12"), never personal data.
CREATE TABLE job (
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
  payload TEXT NOT NULL CHECK (length(payload) <= 500),
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts INTEGER NOT NULL CHECK (max_attempts BETWEEN 1 AND 20),
  run_after TEXT NOT NULL,      -- a queued job waits until then (after a failure: the backoff)
  lease_until TEXT,             -- a running job's worker holds it until then
  last_error TEXT CHECK (last_error IS NULL OR length(last_error) <= 1000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((state = 'running') = (lease_until IS NOT NULL))
);
CREATE INDEX job_due ON job (state, run_after, id);
CREATE INDEX job_by_partnership ON job (partnership_id, id);

-- The text read out of a document version by the document.extract_text job,
-- for the checks before publication and the library's search to come.
-- `outcome` says what the extractor found: 'text', or 'unreadable' for a
-- format it does not read (images, old binary Office files), with no text.
CREATE TABLE document_text (
  document_version_id INTEGER PRIMARY KEY REFERENCES document_version(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('text', 'unreadable')),
  text TEXT NOT NULL,
  extracted_at TEXT NOT NULL,
  CHECK (outcome = 'text' OR text = '')
);
