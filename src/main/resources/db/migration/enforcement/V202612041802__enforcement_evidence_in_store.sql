-- Penalty evidence files now live in the evidence store (moved there by V202612041801, with the
-- same SHA-256); the evidence list keeps name, type, size, hash and description.
alter table enforcement_evidence drop column content;
