-- Parties' personal data sealed at rest (AES-GCM in the service, docs/architecture.md §4). The columns that hold
-- a name, an identifier or an address, and the documents that may carry them (a request as received, an answer
-- kept for replay, a record line), now hold "sealed:v1:<key id>:<base64>". Rows written before this migration are
-- sealed by the service's resealing job after it starts (the key is the service's, never the database's); until
-- then they are read as they are.

alter table enforcement_case
    alter column party_name type text,
    alter column party_identifier type text,
    alter column party_address type text;
-- An index on ciphertext finds nothing: a party is looked up by keyed hash in its decided-case history.
drop index enforcement_case_party_idx;

alter table site
    alter column party_name type text,
    alter column party_identifier type text;

-- The decided-case history is looked up by the keyed hash (HMAC) of the identifier, never the identifier itself.
-- A row still holding the plain identifier (from before, or a replica not yet upgraded) is hashed by the job.
alter table decided_case_record
    add column party_key varchar(64),
    alter column party_identifier drop not null,
    add constraint decided_case_record_party check (party_key is not null or party_identifier is not null);
create index decided_case_record_key_idx on decided_case_record (party_key, decided_on);

-- The notice every replica's history cache hears now names the keyed hash; a row hashed by the job is announced too.
create or replace function decided_case_notify() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('decided_case', json_build_object('removed', old.id)::text);
        return old;
    end if;
    perform pg_notify('decided_case', json_build_object(
        'party', new.party_key, 'violation', new.violation_code,
        'field', new.field, 'decidedOn', new.decided_on, 'penalised', new.penalised)::text);
    return new;
end
$$;
create trigger decided_case_hashed after update on decided_case_record
    for each row execute function decided_case_notify();

-- Sealing rewrites bytes, not content: phones need not hear of it through the change feed.
create or replace function log_case_change() returns trigger language plpgsql as $$
begin
    if current_setting('fieldlaw.resealing', true) = 'on' then
        return null;
    end if;
    perform change_log_row(NEW.place_code, 'CASE', NEW.id, null, NEW.version, false);
    return null;
end $$;

create or replace function log_site_change() returns trigger language plpgsql as $$
begin
    if current_setting('fieldlaw.resealing', true) = 'on' then
        return null;
    end if;
    perform change_log_row(NEW.place_code, 'SITE', NEW.id, null, NEW.version, false);
    return null;
end $$;

-- The record stays append-only, except that sealing may rewrite a line's detail in place, every other column as it
-- was. A line's hash covers the detail as opened, so a rewrite that changed what the line says breaks the chain there.
create or replace function record_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('fieldlaw.resealing', true) = 'on'
            and (to_jsonb(old) - 'detail') = (to_jsonb(new) - 'detail') then
        return new;
    end if;
    raise exception 'the full-process record is append-only';
end
$$;
