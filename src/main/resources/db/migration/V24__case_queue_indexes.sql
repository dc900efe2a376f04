-- The home page counts each work queue of a jurisdiction: cases in some states, cases by deadline. With the
-- place in the index each count reads only its own entries (bench/README.md: a city's six queues).
create index enforcement_case_state_place_idx on enforcement_case (state, place_code);
create index enforcement_case_due_place_idx on enforcement_case (next_due_on, place_code) where next_due_on is not null;
