-- Spans kept in a document's text besides claims follow their words when the text is replaced, or
-- say why a person should look: placed on words that differ slightly (INEXACT), placed where the
-- words occur but not with everything around them (AMBIGUOUS), or not found and cleared (NOT_FOUND;
-- the words are kept in *_exact so the reader can say which words to mark again).
alter table attribution add column source_placement varchar(16);
alter table attribution add column cue_placement varchar(16);
alter table attribution add constraint ck_attribution_source_placement
    check (source_placement in ('INEXACT', 'AMBIGUOUS', 'NOT_FOUND'));
alter table attribution add constraint ck_attribution_cue_placement
    check (cue_placement in ('INEXACT', 'AMBIGUOUS', 'NOT_FOUND'));
alter table evidence add column excerpt_placement varchar(16);
alter table evidence add constraint ck_evidence_excerpt_placement
    check (excerpt_placement in ('INEXACT', 'AMBIGUOUS', 'NOT_FOUND'));
