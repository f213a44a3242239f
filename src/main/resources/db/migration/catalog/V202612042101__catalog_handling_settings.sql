-- How a category is offered and handled, apart from its versioned rules (a setting, not a rule a
-- case is registered under): emergencies show the 119 / 110 / 120 notice on the report form; the
-- administrator may keep a category off the public form (residents call the emergency number
-- instead); handling may require an after-photo. No row = not an emergency, offered, no photo required.
create table category_handling (
    category_code         varchar(4)   primary key references category (code),
    emergency             boolean      not null,
    offered_to_public     boolean      not null,
    after_photo_required  boolean      not null,
    changed_by            varchar(100) not null,
    changed_at            timestamp with time zone not null
);

-- 突发事件: burst pipe, road collapse, road flooding, fire
insert into category_handling (category_code, emergency, offered_to_public, after_photo_required, changed_by, changed_at)
select code, true, true, false, 'seed', current_timestamp from category where major_code = '04';
