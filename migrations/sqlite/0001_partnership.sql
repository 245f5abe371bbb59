-- A safeguarding partnership: the body that runs case reviews for one area.
-- nation decides the statutory framework and the bank-holiday calendar.
CREATE TABLE partnership (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  nation TEXT NOT NULL CHECK (nation IN ('england', 'wales', 'scotland', 'northern_ireland')),
  created_at TEXT NOT NULL
);
