-- Offline sync (同步): the change feed, the devices officers sync from, the operations a device
-- pushed and what became of each, and the conflicts a push met.

-- One row per change of a record a phone keeps, written by triggers, so no code path can change a
-- record without the feed knowing. The feed reads in (xid, seq) order and only below the oldest
-- transaction still running: a transaction that took its seq earlier but commits later is then
-- never skipped (see SyncFeed).
create table change_log (
    seq        bigserial     primary key,
    xid        xid8          not null default pg_current_xact_id(),
    place_code varchar(12)   not null,
    entity     varchar(16)   not null,
    entity_id  uuid          not null,
    -- the record it belongs to where it has no address of its own (a visit's or an alarm's site)
    parent_id  uuid,
    version    bigint,
    deleted    boolean       not null default false,
    changed_at timestamptz   not null default now()
);
create index change_log_place_idx on change_log (place_code, xid, seq);
create index change_log_order_idx on change_log (xid, seq);
-- A town's feed reads the baselines of the county and city above it: those rows alone, not every change there.
create index change_log_baseline_idx on change_log (place_code, xid, seq) where entity = 'BASELINE';

create function change_log_row(place varchar, entity varchar, id uuid, parent uuid, version bigint, deleted boolean) returns void
    language sql as $$
    insert into change_log (place_code, entity, entity_id, parent_id, version, deleted) values (place, entity, id, parent, version, deleted)
$$;

create function log_case_change() returns trigger language plpgsql as $$
begin
    perform change_log_row(NEW.place_code, 'CASE', NEW.id, null, NEW.version, false);
    return null;
end $$;
create trigger enforcement_case_changes after insert or update on enforcement_case
    for each row execute function log_case_change();

create function log_site_change() returns trigger language plpgsql as $$
begin
    perform change_log_row(NEW.place_code, 'SITE', NEW.id, null, NEW.version, false);
    return null;
end $$;
create trigger site_changes after insert or update on site for each row execute function log_site_change();

create function log_visit_change() returns trigger language plpgsql as $$
begin
    perform change_log_row((select place_code from site where id = NEW.site_id), 'VISIT', NEW.id, NEW.site_id, NEW.visit_number, false);
    return null;
end $$;
create trigger site_visit_changes after insert or update on site_visit for each row execute function log_visit_change();

create function log_alarm_change() returns trigger language plpgsql as $$
begin
    perform change_log_row((select place_code from site where id = NEW.site_id), 'ALARM', NEW.id, NEW.site_id, null, false);
    return null;
end $$;
create trigger site_alarm_changes after insert or update on site_alarm for each row execute function log_alarm_change();

create function log_patrol_change() returns trigger language plpgsql as $$
begin
    perform change_log_row(NEW.place_code, 'PATROL', NEW.id, null, NEW.version, false);
    return null;
end $$;
create trigger patrol_changes after insert or update on patrol for each row execute function log_patrol_change();

-- Assignments may be deleted (when no patrol was made on them): the feed carries a tombstone.
create function log_assignment_change() returns trigger language plpgsql as $$
begin
    if TG_OP = 'DELETE' then
        perform change_log_row(OLD.place_code, 'ASSIGNMENT', OLD.id, null, OLD.version, true);
    else
        perform change_log_row(NEW.place_code, 'ASSIGNMENT', NEW.id, null, NEW.version, false);
    end if;
    return null;
end $$;
create trigger patrol_assignment_changes after insert or update or delete on patrol_assignment
    for each row execute function log_assignment_change();

-- A baseline version is scoped to its authority (city or county): every town below it sees it.
create function log_baseline_change() returns trigger language plpgsql as $$
begin
    perform change_log_row(NEW.authority_code, 'BASELINE', NEW.id, null, NEW.version, false);
    return null;
end $$;
create trigger baseline_bundle_changes after insert on baseline_bundle for each row execute function log_baseline_change();

-- A phone an officer syncs from; its id is the phone's own.
create table device (
    id            uuid          primary key,
    officer_id    uuid          not null references officer (id),
    name          varchar(200)  not null,
    platform      varchar(64),
    app_version   varchar(64),
    registered_at timestamptz   not null,
    last_seen_at  timestamptz   not null
);
create index device_officer_idx on device (officer_id);

-- Every operation a device pushed, by the phone's operation id, with its answer: a push sent again
-- answers the stored outcome instead of acting twice.
create table sync_operation (
    id           uuid          primary key,
    device_id    uuid          not null references device (id),
    seq_in_batch integer       not null,
    kind         varchar(32)   not null,
    target_id    uuid,
    outcome      varchar(16)   not null check (outcome in ('APPLIED', 'ALREADY_APPLIED', 'CONFLICT', 'REJECTED')),
    status       integer       not null,
    request      text          not null,
    response     text,
    received_at  timestamptz   not null
);
create index sync_operation_device_idx on sync_operation (device_id, received_at);

-- A pushed change that met a newer server version: kept with both sides until someone resolves it.
create table sync_conflict (
    id              uuid          primary key,
    operation_id    uuid          not null references sync_operation (id),
    device_id       uuid          not null references device (id),
    officer_id      uuid          not null references officer (id),
    place_code      varchar(12)   not null,
    kind            varchar(32)   not null,
    target_id       uuid,
    server_version  bigint,
    received        text          not null,
    server          text,
    detail          varchar(2000) not null,
    status          varchar(16)   not null check (status in ('OPEN', 'RESOLVED')),
    raised_at       timestamptz   not null,
    resolved_by     uuid          references officer (id),
    resolved_at     timestamptz,
    resolution      varchar(2000)
);
create index sync_conflict_open_idx on sync_conflict (place_code, raised_at) where status = 'OPEN';
