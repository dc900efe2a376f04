-- Illegal-construction sites (违法建设), the visits that saw them, and the continued-building alarms
-- raised from those visits (边执法边违建, domain.md §6).

create table site (
    id                  uuid          primary key,
    place_code          varchar(12)   not null references jurisdiction (code),
    address             varchar(500)  not null,
    latitude            double precision not null check (latitude between -90 and 90),
    longitude           double precision not null check (longitude between -180 and 180),
    planning_area       varchar(24)   not null check (planning_area in ('URBAN_OR_TOWN', 'TOWNSHIP_OR_VILLAGE')),
    villa_area          boolean       not null,
    parcel              varchar(64),
    party_name          varchar(200),
    party_identifier    varchar(64),
    status              varchar(24)   not null,
    -- the deadline of a correction or demolition order: after it the site is restrained
    order_deadline      date,
    next_inspection_due date,
    created_by          uuid          not null references officer (id),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0
);
-- Core PostgreSQL: a GiST index on the point, so "open sites near here" is an index scan on the embedded database too.
create index site_point_idx on site using gist (point(longitude, latitude));
create index site_place_idx on site (place_code, status);
create index site_due_idx on site (next_inspection_due) where next_inspection_due is not null;

create table site_visit (
    id                        uuid          primary key,
    site_id                   uuid          not null references site (id),
    visit_number              integer       not null,
    visited_at                timestamptz   not null,
    officer_id                uuid          not null references officer (id),
    latitude                  double precision not null check (latitude between -90 and 90),
    longitude                 double precision not null check (longitude between -180 and 180),
    accuracy_m                double precision check (accuracy_m >= 0),
    kind                      varchar(24)   not null,
    floors                    integer       check (floors >= 0),
    floor_area                numeric(12, 2) check (floor_area >= 0),
    height                    numeric(8, 2) check (height >= 0),
    construction_in_progress  boolean       not null,
    demolition_in_progress    boolean       not null,
    permit_status             varchar(24)   not null,
    notes                     varchar(4000),
    -- the report as received: a resend is compared with it
    request_digest            varchar(64)   not null,
    created_at                timestamptz   not null,
    unique (site_id, visit_number)
);
create index site_visit_site_idx on site_visit (site_id, visited_at);

create table site_alarm (
    id               uuid          primary key,
    site_id          uuid          not null references site (id),
    earlier_visit_id uuid          not null references site_visit (id),
    later_visit_id   uuid          not null unique references site_visit (id),
    signs            text          not null,
    proposed_step    varchar(500)  not null,
    status           varchar(16)   not null check (status in ('OPEN', 'ACKNOWLEDGED')),
    raised_at        timestamptz   not null,
    acknowledged_by  uuid          references officer (id),
    acknowledged_at  timestamptz
);
create index site_alarm_open_idx on site_alarm (raised_at) where status = 'OPEN';
