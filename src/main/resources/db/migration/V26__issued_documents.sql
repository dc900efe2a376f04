-- Issued enforcement documents (执法文书) and their service (送达). A document, once issued, is frozen: its
-- signed bytes sit in the evidence store under their SHA-256, which also goes on the owner's full-process
-- record; the row may only be marked replaced, by a correction that names it. The documents module owns
-- both tables; the feature that issues (a case, a site) is named by kind and id, as in the record.

create table issued_document (
    id              uuid         primary key,
    owner_kind      varchar(32)  not null,
    owner_id        uuid         not null,
    kind            varchar(64)  not null,
    -- what the document is about inside its owner, when a kind is issued more than once (the document a
    -- proof of service is for); '' otherwise
    subject         varchar(64)  not null default '',
    title           varchar(100) not null,
    number          varchar(100) not null,
    paper           varchar(16)  not null,
    -- the PDF as rendered from the owner's data: the first bytes of the signed file, so a rendering of
    -- the same state can be compared with what was issued
    rendered_sha256 varchar(64)  not null,
    rendered_size   bigint       not null check (rendered_size > 0),
    sha256          varchar(64)  not null references evidence_blob (sha256),
    size            bigint       not null check (size > rendered_size),
    signed_by       varchar(300) not null,
    issued_at       timestamptz  not null,
    issued_by       uuid,
    issued_by_name  varchar(200) not null,
    replaces        uuid         references issued_document (id),
    -- checked at commit: the document in force is marked replaced before its correction is written
    replaced_by     uuid         references issued_document (id) deferrable initially deferred,
    request_digest  varchar(64)  not null
);

-- One document in force per kind and subject; a document is corrected once (its correction may be corrected in turn).
create unique index issued_document_in_force on issued_document (owner_id, kind, subject) where replaced_by is null;
create unique index issued_document_replaces on issued_document (replaces) where replaces is not null;
create index issued_document_owner on issued_document (owner_id, issued_at, id);

create function issued_document_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.replaced_by is null and new.replaced_by is not null
            and (to_jsonb(old) - 'replaced_by') = (to_jsonb(new) - 'replaced_by') then
        return new;
    end if;
    raise exception 'an issued document is frozen: a correction replaces it';
end $$;
create trigger issued_document_no_change before update or delete on issued_document
    for each row execute function issued_document_frozen();

create table document_service (
    id                uuid         primary key,
    document_id       uuid         not null references issued_document (id),
    method            varchar(32)  not null
        check (method in ('IN_PERSON', 'LEFT_AT_ADDRESS', 'POST', 'ELECTRONIC')),
    served_on         date         not null,
    recipient         varchar(200) not null,
    place             varchar(300),
    -- left at the address: who witnessed it; electronic: the party's written consent (确认书) and the address used
    witness           varchar(200),
    consent_reference varchar(200),
    recorded_at       timestamptz  not null,
    recorded_by       uuid,
    recorded_by_name  varchar(200) not null,
    request_digest    varchar(64)  not null
);
create unique index document_service_once on document_service (document_id);

create function document_service_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'a recorded service stands: record a new document instead';
end $$;
create trigger document_service_no_change before update or delete on document_service
    for each row execute function document_service_append_only();
