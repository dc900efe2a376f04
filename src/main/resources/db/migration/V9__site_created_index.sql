-- Hot spots read the sites created since the start of today fresh on every request (earlier days
-- are cached): an index on the creation time keeps that read small.
create index site_created_idx on site (created_at);
