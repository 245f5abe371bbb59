-- Case records: referrals, the reviews they open, decisions, terms of reference,
-- people, involvement, findings, recommendations, action plans, documents and
-- quality markers. The rules live in src/core; docs/domain/case-records.md says
-- what each record means and where the law asks for it.
--
-- Conventions: civil dates are "YYYY-MM-DD" text, instants FormatInstant text
-- (UTC); lists of short texts (themes, aliases) are JSON arrays of strings;
-- `version` counts the writes of a record that callers edit concurrently and is
-- the record's ETag (If-Match).

-- What a partnership sets for itself (RAG thresholds, in days before the due date).
CREATE TABLE partnership_setting (
  partnership_id INTEGER PRIMARY KEY REFERENCES partnership(id),
  rag_red_days INTEGER NOT NULL DEFAULT 14 CHECK (rag_red_days BETWEEN 0 AND 365),
  rag_amber_days INTEGER NOT NULL DEFAULT 30 CHECK (rag_amber_days BETWEEN 0 AND 365),
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);

-- A referral: the facts of an incident as the partnership heard them. Each
-- assessment of the facts is kept (referral_assessment); the latest is current.
CREATE TABLE referral (
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  referring_agency_id INTEGER REFERENCES agency(id),
  referrer_name TEXT NOT NULL CHECK (length(referrer_name) BETWEEN 1 AND 200),
  received_on TEXT NOT NULL,
  summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 20000),
  created_by INTEGER REFERENCES app_user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

-- The statutory assessment as computed at `assessed_at` from `facts` (the
-- incident, JSON) by the rules of that day (`assessment`, JSON). Never changed.
CREATE TABLE referral_assessment (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referral(id),
  assessed_at TEXT NOT NULL,
  assessed_by INTEGER REFERENCES app_user(id),
  facts TEXT NOT NULL,
  assessment TEXT NOT NULL,
  framework TEXT,
  notify_due TEXT,        -- the Panel (or national body) notification's due date, when set
  rapid_review_due TEXT,  -- the rapid review's due date, when set
  domestic_homicide INTEGER NOT NULL DEFAULT 0 CHECK (domestic_homicide IN (0, 1))
);
CREATE INDEX referral_assessment_by_referral ON referral_assessment (referral_id, id);

-- The case record a referral opens, from the referral stage to closed.
-- review_type is NULL until a decision sets it; stage 'paused' keeps the stage
-- it left in paused_from. Terms of reference are the tor_* columns.
CREATE TABLE review (
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  referral_id INTEGER NOT NULL UNIQUE REFERENCES referral(id),
  pseudonym TEXT NOT NULL CHECK (length(pseudonym) BETWEEN 1 AND 100),
  nation TEXT NOT NULL CHECK (nation IN ('england', 'wales', 'scotland', 'northern_ireland')),
  subject TEXT NOT NULL CHECK (subject IN ('child', 'adult')),
  review_type TEXT CHECK (review_type IN ('rapid_review', 'lcspr', 'scr', 'sar', 'dhr', 'cpr',
    'susr', 'learning_review', 'cmr', 'partnership_review')),
  framework TEXT,
  stage TEXT NOT NULL CHECK (stage IN ('referral', 'rapid_review', 'decision', 'commissioning',
    'information_gathering', 'analysis', 'drafting', 'quality_assurance', 'sign_off',
    'publication', 'monitoring', 'closed', 'paused')),
  paused_from TEXT,
  pause_reason TEXT,
  paused_since TEXT,
  paused_days INTEGER NOT NULL DEFAULT 0,  -- whole days of completed pauses
  restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
  aware_on TEXT NOT NULL,
  notified_on TEXT,                 -- the Panel (or national body) was told of the incident
  rapid_review_completed_on TEXT,
  planned_publication_on TEXT,
  submitted_on TEXT,                -- report sent to the Panel and Secretary of State
  published_on TEXT,
  tor_scope_start TEXT,
  tor_scope_end TEXT,
  tor_lines_of_enquiry TEXT,        -- JSON array of strings
  tor_methodology TEXT,
  tor_parallel_proceedings TEXT,
  tor_agreed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX review_by_partnership ON review (partnership_id, id);
CREATE INDEX review_by_stage ON review (partnership_id, stage);

-- Every change of stage, with who and when: the review's history.
CREATE TABLE stage_transition (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  from_stage TEXT,
  to_stage TEXT NOT NULL,
  reason TEXT,
  by_user_id INTEGER REFERENCES app_user(id),
  at TEXT NOT NULL,
  on_date TEXT NOT NULL  -- the UK civil date of `at`
);
CREATE INDEX stage_transition_by_review ON stage_transition (review_id, id);

-- Each review's milestones (core/milestones.h), derived from the review and
-- rewritten by every change of it, so that deadlines across all reviews are
-- one indexed query. States (overdue, due soon) depend on the day and are
-- computed on reading.
CREATE TABLE review_milestone (
  review_id INTEGER NOT NULL REFERENCES review(id),
  milestone TEXT NOT NULL,
  title TEXT NOT NULL,
  basis TEXT NOT NULL,
  due_on TEXT,
  done_on TEXT,
  PRIMARY KEY (review_id, milestone)
);
CREATE INDEX review_milestone_open ON review_milestone (due_on, review_id, milestone)
  WHERE done_on IS NULL AND due_on IS NOT NULL;

-- The agencies involved in the case (reviewer independence is checked against these).
CREATE TABLE review_agency (
  review_id INTEGER NOT NULL REFERENCES review(id),
  agency_id INTEGER NOT NULL REFERENCES agency(id),
  PRIMARY KEY (review_id, agency_id)
);
CREATE INDEX review_agency_by_agency ON review_agency (agency_id, review_id);

-- Users assigned to a review: members (case review group, coordinators) and
-- reviewers. independence_override is the written reason for appointing a
-- reviewer from an involved agency.
CREATE TABLE review_member (
  review_id INTEGER NOT NULL REFERENCES review(id),
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  role TEXT NOT NULL CHECK (role IN ('member', 'reviewer')),
  independence_override TEXT,
  assigned_at TEXT NOT NULL,
  PRIMARY KEY (review_id, user_id)
);
CREATE INDEX review_member_by_user ON review_member (user_id, review_id);

-- The decision on a case; a decision not to review is an outcome like any other.
CREATE TABLE decision (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('rapid_review', 'lcspr', 'scr', 'sar', 'dhr', 'cpr',
    'susr', 'learning_review', 'cmr', 'partnership_review', 'no_review')),
  rationale TEXT NOT NULL CHECK (length(rationale) BETWEEN 1 AND 20000),
  decided_by TEXT NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 200),
  decided_on TEXT NOT NULL,
  panel_told_on TEXT,
  recorded_by INTEGER REFERENCES app_user(id),
  recorded_at TEXT NOT NULL
);
CREATE INDEX decision_by_review ON decision (review_id, id);

-- People in the case: protected identifiers, readable only by roles that need
-- them, never in logs or audit details. published_label is what anything
-- published says instead ("Child T", "Mother").
CREATE TABLE case_person (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  real_name TEXT NOT NULL CHECK (length(real_name) BETWEEN 1 AND 200),
  aliases TEXT NOT NULL DEFAULT '[]',
  date_of_birth TEXT,
  relationship TEXT NOT NULL CHECK (length(relationship) BETWEEN 1 AND 100),
  published_label TEXT NOT NULL CHECK (length(published_label) BETWEEN 1 AND 100),
  addresses TEXT NOT NULL DEFAULT '[]',
  settings TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL
);
CREATE INDEX case_person_by_review ON case_person (review_id, id);

-- The family involvement log: who (as a role label, never a name) and what.
CREATE TABLE family_involvement (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  family_member TEXT NOT NULL CHECK (length(family_member) BETWEEN 1 AND 100),
  event TEXT NOT NULL CHECK (event IN ('invited', 'declined', 'met', 'informed_of_findings')),
  on_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER REFERENCES app_user(id),
  recorded_at TEXT NOT NULL
);
CREATE INDEX family_involvement_by_review ON family_involvement (review_id, on_date);

-- Practitioner learning events and conversations.
CREATE TABLE practitioner_event (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  kind TEXT NOT NULL CHECK (kind IN ('learning_event', 'conversation', 'feedback')),
  held_on TEXT NOT NULL,
  attendees INTEGER NOT NULL DEFAULT 0 CHECK (attendees BETWEEN 0 AND 1000),
  note TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER REFERENCES app_user(id),
  recorded_at TEXT NOT NULL
);
CREATE INDEX practitioner_event_by_review ON practitioner_event (review_id, held_on);

CREATE TABLE finding (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  themes TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL
);
CREATE INDEX finding_by_review ON finding (review_id, id);

-- target: who must act; target_agency_id is set exactly when target = 'agency'.
CREATE TABLE recommendation (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  number INTEGER NOT NULL CHECK (number >= 1),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  target TEXT NOT NULL CHECK (target IN ('agency', 'partnership', 'national')),
  target_agency_id INTEGER REFERENCES agency(id),
  themes TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  UNIQUE (review_id, number)
);

-- An action of a recommendation's plan. review_id repeats the recommendation's
-- so that plans are listed per review and per agency without a join.
CREATE TABLE action (
  id INTEGER PRIMARY KEY,
  recommendation_id INTEGER NOT NULL REFERENCES recommendation(id),
  review_id INTEGER NOT NULL REFERENCES review(id),
  agency_id INTEGER NOT NULL REFERENCES agency(id),
  owner TEXT NOT NULL CHECK (length(owner) BETWEEN 1 AND 200),
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
  success_measure TEXT NOT NULL CHECK (length(success_measure) BETWEEN 1 AND 5000),
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'cancelled')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX action_by_review ON action (review_id, recommendation_id, id);
CREATE INDEX action_by_agency ON action (agency_id, status, due_on);

-- Progress on an action: append-only (notes, status changes, evidence).
CREATE TABLE action_update (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES action(id),
  note TEXT NOT NULL DEFAULT '',
  status_from TEXT,
  status_to TEXT,
  document_id INTEGER,
  by_user_id INTEGER REFERENCES app_user(id),
  at TEXT NOT NULL
);
CREATE INDEX action_update_by_action ON action_update (action_id, id);

CREATE TRIGGER action_update_no_update BEFORE UPDATE ON action_update
BEGIN
  SELECT RAISE(ABORT, 'action_update is append-only');
END;
CREATE TRIGGER action_update_no_delete BEFORE DELETE ON action_update
BEGIN
  SELECT RAISE(ABORT, 'action_update is append-only');
END;

-- A document of a review; its bytes are versions in the blob store (SHA-256).
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  kind TEXT NOT NULL CHECK (kind IN ('referral_form', 'terms_of_reference', 'agency_report',
    'chronology', 'draft_report', 'final_report', 'executive_summary', 'translation',
    'briefing', 'progress_report', 'other')),
  language TEXT,  -- set for translations (BCP 47, e.g. "pl")
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  agency_id INTEGER REFERENCES agency(id),  -- the agency it came from, when one did
  created_at TEXT NOT NULL
);
CREATE INDEX document_by_review ON document (review_id, kind);

CREATE TABLE document_version (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  number INTEGER NOT NULL CHECK (number >= 1),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  media_type TEXT NOT NULL,
  file_name TEXT NOT NULL,
  uploaded_by INTEGER REFERENCES app_user(id),
  uploaded_at TEXT NOT NULL,
  UNIQUE (document_id, number)
);

-- The 18 SCIE/NSPCC quality markers (DOMAIN.md section 5), rated per review.
CREATE TABLE quality_rating (
  review_id INTEGER NOT NULL REFERENCES review(id),
  marker INTEGER NOT NULL CHECK (marker BETWEEN 1 AND 18),
  rating TEXT NOT NULL CHECK (rating IN ('met', 'partly_met', 'not_met', 'not_applicable')),
  evidence TEXT NOT NULL DEFAULT '',
  rated_by INTEGER REFERENCES app_user(id),
  rated_at TEXT NOT NULL,
  PRIMARY KEY (review_id, marker)
);

-- Idempotency-Key: the status, Location and ETag of the first answer to a POST
-- are kept for 24 hours and given again to a retry with the same key and the
-- same request (never its body: a retry reads the record again, with today's
-- access); a key in use by a request still running (state 'running') refuses a second.
CREATE TABLE idempotency_record (
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'done')),
  status INTEGER,
  location TEXT,
  etag TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_record_by_age ON idempotency_record (created_at);
