-- The territory (S1, S6): district → street → community → unit grid → residential compound.
-- One table for all levels: they share code, names, parent and polygon, and a file imports
-- them together. Polygons are WKT text in WGS-84 (lon lat), so no PostGIS is needed.
create table territory_unit (
    code          varchar(40)  primary key,
    unit_level    varchar(16)  not null,
    name_zh       varchar(200) not null,
    name_en       varchar(200) not null,
    parent_code   varchar(40),
    geometry_wkt  varchar      not null,
    demo          boolean      not null default false,
    updated_at    timestamp with time zone not null
);

create index territory_unit_parent on territory_unit (parent_code);
create index territory_unit_level on territory_unit (unit_level);
