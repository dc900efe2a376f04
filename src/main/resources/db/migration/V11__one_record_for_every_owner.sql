-- One full-process record (全过程记录) for every owner: cases, sites, and whatever comes next.
-- The lines of case_record_entry and site_record_entry move here unchanged. A line's hash covers
-- its owner's id, not the table it sits in, so every chain verifies after the move as before.
-- Owners are never deleted, and an owner's id is not constrained to one table: the owner's kind
-- says which feature it belongs to.

create table record_entry (
    owner_id      uuid         not null,
    seq           integer      not null check (seq > 0),
    owner_kind    varchar(32)  not null,
    recorded_at   timestamptz  not null,
    actor_id      uuid,
    actor_name    varchar(64)  not null,
    action        varchar(48)  not null,
    detail        text         not null,
    latitude      double precision,
    longitude     double precision,
    previous_hash varchar(64)  not null,
    hash          varchar(64)  not null,
    primary key (owner_id, seq)
);

insert into record_entry (owner_id, seq, owner_kind, recorded_at, actor_id, actor_name, action, detail, latitude, longitude,
                          previous_hash, hash)
select case_id, seq, 'CASE', recorded_at, actor_id, actor_name, action, detail, latitude, longitude, previous_hash, hash
from case_record_entry;

insert into record_entry (owner_id, seq, owner_kind, recorded_at, actor_id, actor_name, action, detail, latitude, longitude,
                          previous_hash, hash)
select site_id, seq, 'SITE', recorded_at, actor_id, actor_name, action, detail, latitude, longitude, previous_hash, hash
from site_record_entry;

-- Append-only: an edited, removed or emptied record is refused; one done behind the database's back
-- breaks the chain where it happened.
create function record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the full-process record is append-only';
end
$$;
create trigger record_entry_no_update before update or delete on record_entry
    for each row execute function record_append_only();
create trigger record_entry_no_truncate before truncate on record_entry
    for each statement execute function record_append_only();

drop table case_record_entry;
drop function case_record_append_only();
drop table site_record_entry;
drop function site_record_append_only();
