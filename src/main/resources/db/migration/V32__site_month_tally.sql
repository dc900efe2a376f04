-- Hot spots over a whole city (issue 15): a cold city-wide question counted every site created in its period (at ten
-- times the data, 1,000,000 sites: 2.4 s p99). Sites are now tallied per town, month and 2 km cell as they are
-- written, so a city-wide question reads whole months from the tally (a row per town, month and occupied cell) and
-- only the days at the period's edges from the sites. The cells are the console's grid (patrols/model/HotspotGrid)
-- at 2,000 m, reference latitude 22.6°: a cell of any whole multiple of 2 km is a sum of these.
create table site_month_tally (
    place_code varchar(12) not null,
    month      date        not null,
    cell_row   bigint      not null,
    cell_col   bigint      not null,
    urban      integer     not null default 0,
    rural      integer     not null default 0,
    villa      integer     not null default 0,
    primary key (place_code, month, cell_row, cell_col)
);

create function site_tally_cell_row(latitude double precision) returns bigint language sql immutable as $$
    select floor(latitude / (2000 / 111320.0))::bigint
$$;
create function site_tally_cell_col(longitude double precision) returns bigint language sql immutable as $$
    select floor(longitude / (2000 / (111320.0 * cos(radians(22.6)))))::bigint
$$;
create function site_tally_month(created_at timestamptz) returns date language sql stable as $$
    select date_trunc('month', created_at at time zone 'Asia/Shanghai')::date
$$;

-- The sites there are now.
insert into site_month_tally (place_code, month, cell_row, cell_col, urban, rural, villa)
select place_code, site_tally_month(created_at), site_tally_cell_row(latitude), site_tally_cell_col(longitude),
       count(*) filter (where not villa_area and planning_area = 'URBAN_OR_TOWN'),
       count(*) filter (where not villa_area and planning_area = 'TOWNSHIP_OR_VILLAGE'),
       count(*) filter (where villa_area)
from site group by 1, 2, 3, 4;

-- New sites, a statement at a time (a generated city of a million sites is one statement, a phone's report one row);
-- the tally rows are taken in key order, so two statements never wait on each other crosswise.
create function site_tally_added() returns trigger language plpgsql as $$
begin
    insert into site_month_tally as t (place_code, month, cell_row, cell_col, urban, rural, villa)
    select place_code, site_tally_month(created_at), site_tally_cell_row(latitude), site_tally_cell_col(longitude),
           count(*) filter (where not villa_area and planning_area = 'URBAN_OR_TOWN'),
           count(*) filter (where not villa_area and planning_area = 'TOWNSHIP_OR_VILLAGE'),
           count(*) filter (where villa_area)
    from added group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict (place_code, month, cell_row, cell_col) do update
        set urban = t.urban + excluded.urban, rural = t.rural + excluded.rural, villa = t.villa + excluded.villa;
    return null;
end $$;
create trigger site_tally_added after insert on site referencing new table as added
    for each statement execute function site_tally_added();

-- A site moved, re-classed or removed (rare: a correction) leaves its old cell and joins its new one; a row emptied so
-- stays, and is not read (the service sums only cells with a site).
create function site_tally_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update site_month_tally set
            urban = urban - (not old.villa_area and old.planning_area = 'URBAN_OR_TOWN')::int,
            rural = rural - (not old.villa_area and old.planning_area = 'TOWNSHIP_OR_VILLAGE')::int,
            villa = villa - old.villa_area::int
        where place_code = old.place_code and month = site_tally_month(old.created_at)
          and cell_row = site_tally_cell_row(old.latitude) and cell_col = site_tally_cell_col(old.longitude);
    end if;
    if tg_op = 'UPDATE' then
        insert into site_month_tally as t (place_code, month, cell_row, cell_col, urban, rural, villa)
        values (new.place_code, site_tally_month(new.created_at), site_tally_cell_row(new.latitude), site_tally_cell_col(new.longitude),
                (not new.villa_area and new.planning_area = 'URBAN_OR_TOWN')::int,
                (not new.villa_area and new.planning_area = 'TOWNSHIP_OR_VILLAGE')::int, new.villa_area::int)
        on conflict (place_code, month, cell_row, cell_col) do update
            set urban = t.urban + excluded.urban, rural = t.rural + excluded.rural, villa = t.villa + excluded.villa;
    end if;
    return null;
end $$;
create trigger site_tally_moved after update on site for each row
    when (old.latitude is distinct from new.latitude or old.longitude is distinct from new.longitude
          or old.planning_area is distinct from new.planning_area or old.villa_area is distinct from new.villa_area
          or old.place_code is distinct from new.place_code or old.created_at is distinct from new.created_at)
    execute function site_tally_changed();
create trigger site_tally_removed after delete on site for each row execute function site_tally_changed();
