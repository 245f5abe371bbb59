-- People who use casereview, what they may do, and their sessions.
-- docs/security.md describes the roles and the session rules.

-- An organisation in the partnership (police, health, children's social care, ...).
-- The case-records migrations add what reviews need; users may belong to one.
CREATE TABLE agency (
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind TEXT NOT NULL CHECK (kind IN ('childrens_social_care', 'police', 'health_commissioner',
    'health_provider', 'education', 'early_years', 'probation', 'youth_justice', 'housing',
    'adult_social_care', 'voluntary', 'other')),
  created_at TEXT NOT NULL,
  UNIQUE (partnership_id, name)
);

-- email is unique regardless of case: email_key is its lower-case form.
-- password_hash is an Argon2id string (libsodium crypto_pwhash_str).
-- totp_secret is the base32 RFC 6238 secret, NULL until the user enrols.
CREATE TABLE app_user (
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  email TEXT NOT NULL,
  email_key TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  agency_id INTEGER REFERENCES agency(id),
  password_hash TEXT NOT NULL,
  password_change_required INTEGER NOT NULL DEFAULT 1 CHECK (password_change_required IN (0, 1)),
  totp_secret TEXT,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE user_role (
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'panel_member', 'partner',
    'reviewer', 'agency_lead')),
  PRIMARY KEY (user_id, role)
);

-- Only the SHA-256 of a session token is stored. A session ends at the first of:
-- ended_at (sign-out, disabling), idle timeout after last_seen_at, expires_at.
CREATE TABLE user_session (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at TEXT
);
CREATE INDEX user_session_by_user ON user_session (user_id) WHERE ended_at IS NULL;

-- Failed sign-ins by email key (known or not, so that lockout reveals nothing
-- about which accounts exist). Old rows are pruned as new ones arrive.
CREATE TABLE sign_in_failure (
  id INTEGER PRIMARY KEY,
  email_key TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX sign_in_failure_by_email ON sign_in_failure (email_key, at);

-- An email key locked after too many failed sign-ins, until locked_until.
CREATE TABLE sign_in_lock (
  email_key TEXT PRIMARY KEY,
  locked_until TEXT NOT NULL
);
