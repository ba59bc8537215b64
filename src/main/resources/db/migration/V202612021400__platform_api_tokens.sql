-- Named API tokens a person creates for scripts and other systems. Only the SHA-256 hash of a token is kept.
create table api_token (
    id            uuid primary key,
    person_id     bigint not null references person (id) on delete cascade,
    name          text not null check (char_length(name) between 1 and 200),
    token_hash    text not null unique check (char_length(token_hash) = 64),
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_person on api_token (person_id);
