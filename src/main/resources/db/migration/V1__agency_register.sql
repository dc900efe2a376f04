-- The agency register: jurisdictions, enforcement bodies, officers and their certificates,
-- devolved matters per town, and the working-day calendar.

create table jurisdiction (
    code        varchar(12)  primary key,
    name        varchar(64)  not null,
    level       varchar(16)  not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWN')),
    kind        varchar(32)  not null,
    parent_code varchar(12)  references jurisdiction (code),
    -- true where the code is the national division code; town codes are assigned by Fieldlaw.
    official_code boolean    not null,
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index jurisdiction_parent_idx on jurisdiction (parent_code);
create unique index jurisdiction_parent_name_uq on jurisdiction (coalesce(parent_code, ''), name);

create table enforcement_body (
    id                uuid         primary key,
    name              varchar(128) not null unique,
    -- the abbreviation used in case numbers, e.g. 江蓬白综执
    case_prefix       varchar(32)  not null,
    kind              varchar(24)  not null check (kind in ('TOWN_OFFICE', 'COUNTY_BUREAU', 'CITY_BUREAU')),
    jurisdiction_code varchar(12)  not null references jurisdiction (code),
    version           bigint       not null default 0
);
create index enforcement_body_jurisdiction_idx on enforcement_body (jurisdiction_code);

create table officer (
    id                 uuid         primary key,
    -- the identity provider's subject, where known; otherwise the username maps the caller
    subject            varchar(255) unique,
    username           varchar(128) not null unique,
    name               varchar(64)  not null,
    body_id            uuid         not null references enforcement_body (id),
    legal_qualification boolean     not null default false,
    active             boolean      not null default true,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);
create index officer_body_idx on officer (body_id);

create table enforcement_certificate (
    id                uuid         primary key,
    officer_id        uuid         not null references officer (id),
    number            varchar(32)  not null unique,
    issuing_authority varchar(128) not null,
    fields            text[]       not null check (cardinality(fields) > 0),
    area_code         varchar(12)  not null references jurisdiction (code),
    valid_from        date         not null,
    valid_to          date         not null,
    suspended_from    date,
    suspension_reason varchar(500),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    check (valid_from <= valid_to),
    check ((suspended_from is null) = (suspension_reason is null))
);
create index enforcement_certificate_officer_idx on enforcement_certificate (officer_id);

create table devolved_matter (
    id              uuid         primary key,
    town_code       varchar(12)  not null references jurisdiction (code),
    -- the matter's code in the provincial enforcement-matter catalogue, its name and field
    matter_code     varchar(64)  not null,
    matter_name     varchar(256) not null,
    field           varchar(64)  not null,
    effective_from  date         not null,
    -- the document that devolved it, e.g. 粤府函〔2020〕136号 and the county's notice
    legal_basis     varchar(256) not null,
    revoked_from    date,
    revocation_basis varchar(256),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    check (revoked_from is null or revoked_from > effective_from),
    check ((revoked_from is null) = (revocation_basis is null))
);
create index devolved_matter_town_idx on devolved_matter (town_code, matter_code);

create table calendar_year (
    year        integer      primary key check (year between 2000 and 2100),
    source      varchar(256) not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);

create table calendar_day (
    day   date        primary key,
    year  integer     not null references calendar_year (year) on delete cascade,
    kind  varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name  varchar(64) not null,
    check (extract(year from day) = year)
);
create index calendar_day_year_idx on calendar_day (year);

-- Keys that city and county bureaus sign their machine-to-machine tokens with.
create table bureau_key (
    kid            varchar(128) primary key,
    body_id        uuid         not null references enforcement_body (id),
    public_key_pem text         not null,
    registered_at  timestamptz  not null,
    revoked_at     timestamptz
);
create index bureau_key_body_idx on bureau_key (body_id);
