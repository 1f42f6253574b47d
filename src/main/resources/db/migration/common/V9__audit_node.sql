-- Which Factdesk process wrote an audit entry, so that the others sharing the database can tell
-- their readers about changes they did not make themselves.
alter table audit_entry add column node varchar(36);
