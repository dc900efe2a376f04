-- Patrols (巡查): supervisors' assignments of areas and frequencies, the patrols officers walk,
-- and the GPS track the phone uploads in batches.

-- A standing assignment: this area is patrolled at least every N working days, by these officers.
create table patrol_assignment (
    id                 uuid          primary key,
    place_code         varchar(12)   not null references jurisdiction (code),
    area_name          varchar(200)  not null,
    route              varchar(2000),
    every_working_days integer       not null check (every_working_days between 1 and 60),
    active             boolean       not null,
    assigned_by        uuid          not null references officer (id),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0
);
create index patrol_assignment_place_idx on patrol_assignment (place_code);

create table patrol_assignment_officer (
    assignment_id uuid not null references patrol_assignment (id),
    officer_id    uuid not null references officer (id),
    primary key (assignment_id, officer_id)
);

create table patrol (
    id             uuid          primary key,
    assignment_id  uuid          references patrol_assignment (id),
    place_code     varchar(12)   not null references jurisdiction (code),
    planned_area   varchar(2000),
    started_at     timestamptz   not null,
    ended_at       timestamptz   check (ended_at >= started_at),
    created_by     uuid          not null references officer (id),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0
);
create index patrol_place_idx on patrol (place_code, started_at);
create index patrol_assignment_idx on patrol (assignment_id, started_at);

create table patrol_officer (
    patrol_id  uuid    not null references patrol (id),
    officer_id uuid    not null references officer (id),
    position   integer not null,
    primary key (patrol_id, officer_id)
);

-- One row per fix. The phone's time of the fix is the key: a batch sent twice, or batches that
-- arrive out of order, leave each fix stored once.
create table patrol_track_point (
    patrol_id   uuid             not null references patrol (id),
    recorded_at timestamptz      not null,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    accuracy_m  double precision check (accuracy_m >= 0),
    primary key (patrol_id, recorded_at)
);

-- A visit made on a patrol names it: its officers are the patrol's.
alter table site_visit add column patrol_id uuid references patrol (id);
