-- Handling evidence in pairs: a category may require a "before" photo taken on arrival (到场), as well
-- as the after-photo handling already may require.
alter table category_handling add column before_photo_required boolean default false not null;
