-- Access tokens of the embedded issuer revoked before they expired (RFC 7009). Tokens are self-contained
-- JWTs, so this list is all the state the issuer keeps; a row can go once its token has expired.
create table revoked_tokens (
    token_hash varchar(64) primary key,
    client_id varchar(100) not null,
    revoked_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);

create index ix_revoked_tokens_expires_at on revoked_tokens (expires_at);
