-- Integrations (docs/integrations.md): a URL with its own secret key per sender, as Grafana OnCall's
-- integration URLs and PagerDuty's routing keys. body is the JSON of its spec (defaults, field mapping).
create table integrations (
    name varchar(100) primary key,
    kind varchar(20) not null,
    secret_key varchar(64) not null,
    body varchar(20000) not null,
    constraint uk_integrations_key unique (secret_key)
);
