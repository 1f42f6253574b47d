-- Long texts as character strings, not LOBs: the same mapping on H2 and PostgreSQL (text), and no
-- LOB store to keep beside the rows. H2's CHARACTER VARYING holds up to 1,000,000,000 characters.
alter table document_revision alter column text set data type character varying;
alter table audit_entry alter column old_value set data type character varying;
alter table audit_entry alter column new_value set data type character varying;
