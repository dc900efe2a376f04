-- Case-file inspection (案卷评查): a county or city supervisor draws a sample of the closed cases of a
-- town and period with a recorded seed (anyone can draw it again), scores each case file against the
-- checklist as it stood at the draw, and the town reads the findings.
create table inspection (
    id                uuid          primary key,
    town_code         varchar(12)   not null references jurisdiction (code),
    period_from       date          not null,
    period_to         date          not null check (period_to >= period_from),
    seed              bigint        not null,
    sample_size       integer       not null check (sample_size > 0),
    population        integer       not null,
    checklist         text          not null,
    drawn_by          uuid          not null references officer (id),
    drawn_at          timestamptz   not null
);
create index inspection_town_idx on inspection (town_code, drawn_at);

create table inspection_case (
    inspection_id     uuid          not null references inspection (id),
    case_id           uuid          not null references enforcement_case (id),
    position          integer       not null,
    case_number       varchar(64)   not null,
    points            text,
    total             numeric(5, 1),
    findings          text,
    scored_by         uuid          references officer (id),
    scored_at         timestamptz,
    primary key (inspection_id, case_id)
);
