-- A document can be archived: kept with everything in it (a document whose claims were published is
-- never deleted, because publications name it), but left out of the Documents list and searches
-- unless asked for. Who archived it and when.
alter table document add column archived_at timestamp(6) with time zone;
alter table document add column archived_by varchar(40);
