-- Penalty cases (行政处罚案件): the case, its officers, its gap-free number, and its
-- hash-chained full-process record (全过程记录).

-- One counter per body and year, advanced inside the transaction that files the case: a filing
-- that rolls back gives its number back, so numbers have no gaps.
create table case_number_counter (
    body_id     uuid    not null references enforcement_body (id),
    year        integer not null,
    last_number integer not null,
    primary key (body_id, year)
);

create table enforcement_case (
    id                uuid         primary key,
    body_id           uuid         not null references enforcement_body (id),
    -- assigned on filing (general procedure) or on an on-the-spot decision
    case_number       varchar(64)  unique,
    number_year       integer,
    number_seq        integer,
    procedure         varchar(16)  not null check (procedure in ('ON_THE_SPOT', 'GENERAL')),
    state             varchar(32)  not null,
    source            varchar(16)  not null check (source in ('PATROL', 'COMPLAINT', 'REFERRAL', 'INSPECTION')),
    violation_code    varchar(64)  not null,
    field             varchar(64)  not null,
    matter_code       varchar(64),
    place_code        varchar(12)  not null references jurisdiction (code),
    address           varchar(500) not null,
    latitude          double precision check (latitude between -90 and 90),
    longitude         double precision check (longitude between -180 and 180),
    accuracy_m        double precision check (accuracy_m >= 0),
    act_date          date         not null,
    act_end_date      date,
    continuing        boolean      not null,
    discovered_on     date,
    party_kind        varchar(16)  not null check (party_kind in ('PERSON', 'ORGANISATION')),
    party_name        varchar(200) not null,
    -- resident ID or unified social credit code, upper case: what first-violation history matches on
    party_identifier  varchar(64),
    party_birth_date  date,
    party_address     varchar(500),
    circumstances     text[]       not null,
    bases             text         not null,
    summary           varchar(4000),
    -- the create request as received (canonical JSON) and its digest: a repeat is compared with it
    create_request    text         not null,
    create_digest     varchar(64)  not null,
    created_by        uuid         not null references officer (id),
    -- the proposal, with the discretion assessment pinned when it was made
    filed_on          date,
    assessment        text,
    assessed_min      numeric(14, 2),
    assessed_max      numeric(14, 2),
    proposed_fine     numeric(14, 2),
    proposed_types    text[],
    deviation_reasons varchar(2000),
    deviation_approved_by uuid references officer (id),
    legal_review_required boolean  not null default false,
    collective_discussion_required boolean not null default false,
    -- notice, defence and hearing
    notified_on       date,
    noticed_fine      numeric(14, 2),
    notice_waived     boolean      not null default false,
    defence_made      boolean      not null default false,
    hearing_requested_on date,
    hearing_chair     uuid         references officer (id),
    hearing_held_on   date,
    legal_review_passed_on date,
    legal_reviewer    uuid         references officer (id),
    collective_discussion_on date,
    -- the decision and after
    preservation_registered_on date,
    preservation_disposed_on date,
    decided_on        date,
    decided_fine      numeric(14, 2),
    decided_types     text[],
    served_on         date,
    paid_on           date,
    -- spans of reconsideration or litigation, JSON [{"from":..,"to":..}]: no late-payment surcharge runs then
    payment_pauses    text         not null default '[]',
    closed_on         date,
    education_record  varchar(2000),
    outcome_note      varchar(2000),
    transferred_to    uuid         references enforcement_body (id),
    -- the earliest open legal deadline, kept on every change so "due soon / overdue" is an index scan
    next_due_on       date,
    next_due_kind     varchar(32),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    check ((case_number is null) = (number_seq is null)),
    check (act_end_date is null or act_end_date >= act_date)
);
create index enforcement_case_place_idx on enforcement_case (place_code, updated_at);
create index enforcement_case_due_idx on enforcement_case (next_due_on) where next_due_on is not null;
create index enforcement_case_party_idx on enforcement_case (party_identifier);

create table case_officer (
    case_id            uuid        not null references enforcement_case (id),
    officer_id         uuid        not null references officer (id),
    investigator       boolean     not null,
    position           integer     not null,
    primary key (case_id, officer_id)
);

-- Append-only: each entry carries the hash of the one before it, so an edited or removed row
-- breaks the chain where it happened.
create table case_record_entry (
    case_id       uuid         not null references enforcement_case (id),
    seq           integer      not null,
    recorded_at   timestamptz  not null,
    actor_id      uuid,
    actor_name    varchar(64)  not null,
    action        varchar(48)  not null,
    detail        text         not null,
    latitude      double precision,
    longitude     double precision,
    previous_hash varchar(64)  not null,
    hash          varchar(64)  not null,
    primary key (case_id, seq)
);

create function case_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the case record is append-only';
end
$$;
create trigger case_record_no_update before update or delete on case_record_entry
    for each row execute function case_record_append_only();
