-- Hot spots in a town's viewport (issue 15): the console asks for 500 m cells over what the map shows, and at ten times
-- the data (1,000,000 sites) counting the sites in the viewport took 352 ms at p99. Sites are now also tallied per
-- month, 500 m cell and town, so a question in cells of whole multiples of 500 m, with or without a viewport, reads
-- whole months from this tally by a range of cells. Same grid as V32 (the console's, reference latitude 22.6°). The
-- key leads with the cell, so a viewport's cells are one range of the index, and the index carries the counts, so past
-- months (settled, all-visible after a vacuum) are read from it alone: at 1,000,000 sites (438,000 tally rows) a 10 km
-- viewport over every month read 3,800 rows in 14-24 ms, where the key led by month meant a scan of the table (119 ms).
create table site_month_fine_tally (
    month      date        not null,
    cell_row   bigint      not null,
    cell_col   bigint      not null,
    place_code varchar(12) not null,
    urban      integer     not null default 0,
    rural      integer     not null default 0,
    villa      integer     not null default 0,
    primary key (cell_row, cell_col, month, place_code) include (urban, rural, villa)
);

create function site_fine_cell_row(latitude double precision) returns bigint language sql immutable as $$
    select floor(latitude / (500 / 111320.0))::bigint
$$;
create function site_fine_cell_col(longitude double precision) returns bigint language sql immutable as $$
    select floor(longitude / (500 / (111320.0 * cos(radians(22.6)))))::bigint
$$;

insert into site_month_fine_tally (month, cell_row, cell_col, place_code, urban, rural, villa)
select site_tally_month(created_at), site_fine_cell_row(latitude), site_fine_cell_col(longitude), place_code,
       count(*) filter (where not villa_area and planning_area = 'URBAN_OR_TOWN'),
       count(*) filter (where not villa_area and planning_area = 'TOWNSHIP_OR_VILLAGE'),
       count(*) filter (where villa_area)
from site group by 1, 2, 3, 4;

-- The triggers of V32 keep both tallies, in the same transaction as the site.
create or replace function site_tally_added() returns trigger language plpgsql as $$
begin
    insert into site_month_tally as t (place_code, month, cell_row, cell_col, urban, rural, villa)
    select place_code, site_tally_month(created_at), site_tally_cell_row(latitude), site_tally_cell_col(longitude),
           count(*) filter (where not villa_area and planning_area = 'URBAN_OR_TOWN'),
           count(*) filter (where not villa_area and planning_area = 'TOWNSHIP_OR_VILLAGE'),
           count(*) filter (where villa_area)
    from added group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict (place_code, month, cell_row, cell_col) do update
        set urban = t.urban + excluded.urban, rural = t.rural + excluded.rural, villa = t.villa + excluded.villa;
    insert into site_month_fine_tally as t (month, cell_row, cell_col, place_code, urban, rural, villa)
    select site_tally_month(created_at), site_fine_cell_row(latitude), site_fine_cell_col(longitude), place_code,
           count(*) filter (where not villa_area and planning_area = 'URBAN_OR_TOWN'),
           count(*) filter (where not villa_area and planning_area = 'TOWNSHIP_OR_VILLAGE'),
           count(*) filter (where villa_area)
    from added group by 1, 2, 3, 4 order by 2, 3, 1, 4
    on conflict (cell_row, cell_col, month, place_code) do update
        set urban = t.urban + excluded.urban, rural = t.rural + excluded.rural, villa = t.villa + excluded.villa;
    return null;
end $$;

create or replace function site_tally_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update site_month_tally set
            urban = urban - (not old.villa_area and old.planning_area = 'URBAN_OR_TOWN')::int,
            rural = rural - (not old.villa_area and old.planning_area = 'TOWNSHIP_OR_VILLAGE')::int,
            villa = villa - old.villa_area::int
        where place_code = old.place_code and month = site_tally_month(old.created_at)
          and cell_row = site_tally_cell_row(old.latitude) and cell_col = site_tally_cell_col(old.longitude);
        update site_month_fine_tally set
            urban = urban - (not old.villa_area and old.planning_area = 'URBAN_OR_TOWN')::int,
            rural = rural - (not old.villa_area and old.planning_area = 'TOWNSHIP_OR_VILLAGE')::int,
            villa = villa - old.villa_area::int
        where cell_row = site_fine_cell_row(old.latitude) and cell_col = site_fine_cell_col(old.longitude)
          and month = site_tally_month(old.created_at) and place_code = old.place_code;
    end if;
    if tg_op = 'UPDATE' then
        insert into site_month_tally as t (place_code, month, cell_row, cell_col, urban, rural, villa)
        values (new.place_code, site_tally_month(new.created_at), site_tally_cell_row(new.latitude), site_tally_cell_col(new.longitude),
                (not new.villa_area and new.planning_area = 'URBAN_OR_TOWN')::int,
                (not new.villa_area and new.planning_area = 'TOWNSHIP_OR_VILLAGE')::int, new.villa_area::int)
        on conflict (place_code, month, cell_row, cell_col) do update
            set urban = t.urban + excluded.urban, rural = t.rural + excluded.rural, villa = t.villa + excluded.villa;
        insert into site_month_fine_tally as t (month, cell_row, cell_col, place_code, urban, rural, villa)
        values (site_tally_month(new.created_at), site_fine_cell_row(new.latitude), site_fine_cell_col(new.longitude), new.place_code,
                (not new.villa_area and new.planning_area = 'URBAN_OR_TOWN')::int,
                (not new.villa_area and new.planning_area = 'TOWNSHIP_OR_VILLAGE')::int, new.villa_area::int)
        on conflict (cell_row, cell_col, month, place_code) do update
            set urban = t.urban + excluded.urban, rural = t.rural + excluded.rural, villa = t.villa + excluded.villa;
    end if;
    return null;
end $$;
