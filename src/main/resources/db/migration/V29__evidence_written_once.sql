-- Evidence bytes are written once. An upload's pieces become the stored file when the upload completes
-- (evidence_blob.upload_id names them) instead of being copied into evidence_blob_piece, and a piece's
-- bytes live either here (data) or in an S3-compatible object store (object_key), per the configured store.
-- Files kept before this migration, and files the service makes itself (issued documents), stay in
-- evidence_blob_piece, whose rows may now also point into the object store.

alter table upload_piece add column length integer;
update upload_piece set length = octet_length(data);
alter table upload_piece alter column length set not null;
alter table upload_piece add constraint upload_piece_length_check check (length > 0);
alter table upload_piece alter column data drop not null;
alter table upload_piece add column object_key varchar(512);
alter table upload_piece add constraint upload_piece_one_place_check check ((data is null) <> (object_key is null));

alter table evidence_blob_piece alter column data drop not null;
alter table evidence_blob_piece add column object_key varchar(512);
alter table evidence_blob_piece add constraint evidence_blob_piece_one_place_check check ((data is null) <> (object_key is null));

-- Photos and video are compressed already: spare PostgreSQL the attempt to compress them again.
alter table upload_piece alter column data set storage external;
alter table evidence_blob_piece alter column data set storage external;

-- A file made from an upload: its bytes are that upload's pieces. Null for files kept piece by piece
-- in evidence_blob_piece.
alter table evidence_blob add column upload_id uuid references evidence_upload (id);
create unique index evidence_blob_upload_idx on evidence_blob (upload_id) where upload_id is not null;
