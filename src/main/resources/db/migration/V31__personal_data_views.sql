-- Who saw which party's personal data, when and why (issue 16): one row per reveal, written in the transaction
-- that shows the data, beside the line in the owner's full-process record. An auditor lists them by party (the
-- keyed hash of the identifier, as the decided-case history), by viewer, by owner or by period. Append-only.

create table personal_data_view (
    id           uuid          primary key,
    viewed_at    timestamptz   not null,
    viewer_id    uuid,
    viewer_name  varchar(200)  not null,
    owner_kind   varchar(32)   not null,
    owner_id     uuid          not null,
    -- where the owner is: an auditor sees the views of places inside their jurisdiction
    place_code   varchar(12)   not null,
    -- HMAC of the party's identifier; null for a party without one (then found through its owner)
    party_key    varchar(64),
    fields       text[]        not null check (cardinality(fields) > 0),
    reason       varchar(500)
);
create index personal_data_view_party_idx on personal_data_view (party_key, viewed_at desc, id desc) where party_key is not null;
create index personal_data_view_place_idx on personal_data_view (place_code, viewed_at desc, id desc);
create index personal_data_view_viewer_idx on personal_data_view (viewer_id, viewed_at desc, id desc);
create index personal_data_view_owner_idx on personal_data_view (owner_id, viewed_at desc, id desc);

create function personal_data_view_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the record of who saw personal data is append-only';
end
$$;
create trigger personal_data_view_no_change before update or delete on personal_data_view
    for each row execute function personal_data_view_append_only();
create trigger personal_data_view_no_truncate before truncate on personal_data_view
    for each statement execute function personal_data_view_append_only();
