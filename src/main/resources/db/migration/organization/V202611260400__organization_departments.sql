-- Partner departments that share the work of a joint case (S9). Codes are stable identifiers.
create table department (
    code        varchar(40)  primary key,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  integer      not null default 0
);

insert into department (code, name_zh, name_en, sort_order) values
    ('URBAN_MANAGEMENT',     '城市管理',     'Urban management',                 1),
    ('PUBLIC_SECURITY',      '公安',         'Public security (police)',         2),
    ('TRAFFIC_POLICE',       '交警',         'Traffic police',                   3),
    ('FIRE_RESCUE',          '消防救援',     'Fire and rescue',                  4),
    ('ECOLOGY_ENVIRONMENT',  '生态环境',     'Ecology and environment',          5),
    ('MARKET_SUPERVISION',   '市场监管',     'Market supervision',               6),
    ('HOUSING_CONSTRUCTION', '住房城乡建设', 'Housing and urban-rural construction', 7),
    ('NATURAL_RESOURCES',    '自然资源',     'Natural resources and planning',   8);
