-- Learned state of the anomaly detectors, one row per series, so a restart continues from the
-- baselines instead of relearning them (and staying blind) for days.
create table detector_state (
    series_key varchar(1000) primary key,
    detector   varchar(200)  not null,
    state      bytea         not null,
    saved_at   timestamp     not null
);
