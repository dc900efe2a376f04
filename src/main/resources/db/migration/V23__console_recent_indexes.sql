-- The console's lists and map read the most recently changed rows first: an index in that order answers a
-- city (100,000 cases, 100,000 sites) without sorting them all (bench/README.md: the list of every case
-- 224 -> 10 ms, the map's sites 405 -> under 10 ms).
create index enforcement_case_updated_idx on enforcement_case (updated_at desc, id);
create index site_updated_idx on site (updated_at desc, id);
