-- A safeguarding partner's sign-off of a review's final report, with who and
-- when (issue 12, finding 5). A sign-off is of one version of the report: a
-- new version needs signing again before the review moves to publication
-- (Working Together 2023 ch. 5: the safeguarding partners publish the report).
CREATE TABLE sign_off (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id),
  document_version_id INTEGER NOT NULL REFERENCES document_version(id),
  signed_by INTEGER NOT NULL REFERENCES app_user(id),
  signed_at TEXT NOT NULL,
  note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
  UNIQUE (document_version_id, signed_by)
);
CREATE INDEX sign_off_by_review ON sign_off (review_id, id);
