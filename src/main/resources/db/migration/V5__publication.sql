-- Publication of penalty decisions (执法公示, APL Art 48; 国办发〔2018〕118号): the queue of decided
-- cases, what was published (already redacted, as the public saw it) and its withdrawal.
create table publication (
    case_id          uuid          primary key references enforcement_case (id),
    body_id          uuid          not null references enforcement_body (id),
    place_code       varchar(12)   not null references jurisdiction (code),
    status           varchar(16)   not null check (status in ('PENDING', 'PUBLISHED', 'WITHDRAWN')),
    decided_on       date          not null,
    -- 7 working days from the decision
    due_on           date          not null,
    -- the public text, redacted, frozen when published
    content          text,
    published_at     timestamptz,
    published_by     uuid          references officer (id),
    withdrawn_at     timestamptz,
    withdrawal_reason varchar(2000),
    -- 3 days from the revocation or change of the decision
    withdrawal_due   date,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    check ((status = 'PUBLISHED') = (published_at is not null and withdrawn_at is null) or status <> 'PUBLISHED'),
    check ((content is null) = (published_at is null))
);
create index publication_public_idx on publication (published_at desc, case_id) where status = 'PUBLISHED';
create index publication_due_idx on publication (due_on) where status = 'PENDING';
