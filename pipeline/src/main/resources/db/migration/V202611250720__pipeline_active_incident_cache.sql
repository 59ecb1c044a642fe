-- Problems the event generator has opened and not yet resolved (dedup key -> when it opened). Kept in
-- the database rather than in memory so that a processor restart still sends the resolve when a series
-- recovers. The distributed profile keeps this in Redis instead; then the table stays empty.
create table active_incident_cache (
    dedup_key varchar(200)             primary key,
    opened_at timestamp with time zone not null
);
