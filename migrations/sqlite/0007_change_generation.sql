-- The change generation (issue 13, fast lists): a number that grows with
-- every change to what the counts and lists of reviews and actions read, so
-- that a cache of such a read is valid for exactly one value of it
-- (app/platform/change_generation.h). Triggers bump it inside the changing
-- transaction, so no use case can forget to, and every instance of the
-- service reading the same database sees the same number.
CREATE TABLE change_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
);
INSERT INTO change_generation (id, value) VALUES (1, 0);
CREATE TRIGGER review_insert_changes_generation AFTER INSERT ON review
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER review_update_changes_generation AFTER UPDATE ON review
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER review_delete_changes_generation AFTER DELETE ON review
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER review_member_insert_changes_generation AFTER INSERT ON review_member
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER review_member_update_changes_generation AFTER UPDATE ON review_member
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER review_member_delete_changes_generation AFTER DELETE ON review_member
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER review_agency_insert_changes_generation AFTER INSERT ON review_agency
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER review_agency_update_changes_generation AFTER UPDATE ON review_agency
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER review_agency_delete_changes_generation AFTER DELETE ON review_agency
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER action_insert_changes_generation AFTER INSERT ON action
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER action_update_changes_generation AFTER UPDATE ON action
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER action_delete_changes_generation AFTER DELETE ON action
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER partnership_setting_insert_changes_generation AFTER INSERT ON partnership_setting
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER partnership_setting_update_changes_generation AFTER UPDATE ON partnership_setting
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER partnership_setting_delete_changes_generation AFTER DELETE ON partnership_setting
BEGIN
  UPDATE change_generation SET value = value + 1 WHERE id = 1;
END;
