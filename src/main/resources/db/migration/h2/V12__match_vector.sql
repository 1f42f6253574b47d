-- "Already checked?": the sentence vector of each library entry's claim (a workspace claim or an
-- imported fact-check), kept so that a claim is encoded once, not on every start of every node.
-- entry_key is the index's key ("claim:7", "factcheck:12"); text_hash says which text it encodes.
create table match_vector (
    entry_key  varchar(40)     primary key,
    model      varchar(40)     not null,
    text_hash  bigint          not null,
    vector     varbinary(4096) not null
);
