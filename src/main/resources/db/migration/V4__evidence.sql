-- Evidence (证据): resumable uploads (tus 1.0) and the content-addressed store they land in.

-- An upload in progress and, once complete, the evidence item it became (sha256 set).
create table evidence_upload (
    id           uuid          primary key,
    case_id      uuid          not null references enforcement_case (id),
    -- the case step the evidence belongs to, e.g. INVESTIGATING
    step         varchar(32)   not null,
    kind         varchar(16)   not null check (kind in ('PHOTO', 'VIDEO', 'AUDIO', 'DOCUMENT')),
    uploader_id  uuid          not null references officer (id),
    length       bigint        not null check (length > 0),
    received     bigint        not null default 0 check (received between 0 and length),
    filename     varchar(255),
    media_type   varchar(128),
    captured_at  timestamptz,
    latitude     double precision check (latitude between -90 and 90),
    longitude    double precision check (longitude between -180 and 180),
    accuracy_m   double precision check (accuracy_m >= 0),
    device       varchar(128),
    sha256       varchar(64),
    completed_at timestamptz,
    created_at   timestamptz   not null,
    check ((sha256 is null) = (completed_at is null)),
    check (sha256 is null or received = length)
);
create index evidence_upload_case_idx on evidence_upload (case_id);

-- The received bytes of an upload in progress, in pieces of at most a few hundred kilobytes, so
-- that neither writing nor reading ever holds a whole file in memory.
create table upload_piece (
    upload_id    uuid    not null references evidence_upload (id),
    start_offset bigint  not null,
    data         bytea   not null,
    primary key (upload_id, start_offset)
);

-- Files by their SHA-256: the same photo uploaded twice is stored once.
create table evidence_blob (
    sha256     varchar(64) primary key,
    size       bigint      not null,
    created_at timestamptz not null
);

create table evidence_blob_piece (
    sha256 varchar(64) not null references evidence_blob (sha256),
    seq    integer     not null,
    data   bytea       not null,
    primary key (sha256, seq)
);
