-- The chain is keyed from here on (issue 19): an entry's hash is an HMAC-SHA256 with a key kept outside
-- the database over an unambiguous (length-prefixed) encoding. Entries recorded before keep version 1
-- (plain SHA-256); the first keyed entry after them covers their last hash.
alter table audit_entry add column hash_version integer default 1 not null;
