-- "Already checked?": a claim can be marked a duplicate of another claim of the workspace, whose
-- check then answers it. The mark goes when the other claim is deleted.
alter table claim add column duplicate_of bigint;
alter table claim add constraint fk_claim_duplicate_of foreign key (duplicate_of) references claim (id)
    on delete set null;
create index ix_claim_duplicate_of on claim (duplicate_of);
