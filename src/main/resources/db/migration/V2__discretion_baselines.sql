-- Discretion baselines (裁量基准) as bureaus publish them: one signed bundle per authority and
-- version, kept whole for audit, with its violations indexed for search.

create table baseline_bundle (
    id              uuid         primary key,
    -- the bureau that published it, and the jurisdiction whose baseline it is
    body_id         uuid         not null references enforcement_body (id),
    authority_level varchar(16)  not null check (authority_level in ('PROVINCE', 'CITY', 'COUNTY')),
    authority_code  varchar(12)  not null references jurisdiction (code),
    baseline_name   varchar(128) not null,
    version         integer      not null check (version > 0),
    effective_from  date         not null,
    -- SHA-256 of the signed bundle as received: the same bundle twice is recognised by it
    digest          char(64)     not null unique,
    kid             varchar(128) not null,
    payload         jsonb        not null,
    jws             text         not null,
    received_at     timestamptz  not null,
    unique (authority_code, version)
);
create index baseline_bundle_authority_idx on baseline_bundle (authority_code, effective_from);

create table discretion_violation (
    bundle_id          uuid         not null references baseline_bundle (id),
    code               varchar(64)  not null,
    name               varchar(256) not null,
    field              varchar(64)  not null,
    matter_code        varchar(64),
    breached_provision text         not null,
    penalty_provision  text         not null,
    -- character unigrams and bigrams of code, name and provisions: substring search that works
    -- for Chinese on any PostgreSQL (no word boundaries, no locale-dependent trigram rules)
    search_grams       text[]       not null,
    -- the same fields normalised the same way, joined by '|': confirms a gram match is a real substring
    search_text        text         not null,
    primary key (bundle_id, code)
);
create index discretion_violation_grams_idx on discretion_violation using gin (search_grams);
create index discretion_violation_code_idx on discretion_violation (code);

-- Every attempt to import a bundle, landed or not: who, when, what digest, and the outcome.
create table bundle_import_audit (
    id          uuid         primary key,
    body_id     uuid         references enforcement_body (id),
    kid         varchar(128),
    digest      char(64),
    outcome     varchar(16)  not null check (outcome in ('IMPORTED', 'DUPLICATE', 'REJECTED')),
    bundle_id   uuid         references baseline_bundle (id),
    detail      text,
    at          timestamptz  not null
);
create index bundle_import_audit_at_idx on bundle_import_audit (at);

-- Decided cases by party identifier: the history that first violation (首违不罚) and counted
-- aggravation are read from. The case feature writes it; tests fill it directly.
create table decided_case_record (
    id               uuid        primary key,
    party_identifier varchar(64) not null,
    violation_code   varchar(64) not null,
    field            varchar(64) not null,
    decided_on       date        not null,
    source           varchar(64) not null
);
create index decided_case_record_party_idx on decided_case_record (party_identifier, decided_on);

-- Every replica keeps the decided-case history in memory (it is read on every assessment) and
-- learns of each new decided case from this notice, delivered when the inserting transaction commits.
create function decided_case_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('decided_case', json_build_object(
        'party', new.party_identifier, 'violation', new.violation_code,
        'field', new.field, 'decidedOn', new.decided_on)::text);
    return new;
end
$$;

create trigger decided_case_notify after insert on decided_case_record
    for each row execute function decided_case_notify();
