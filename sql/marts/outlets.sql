-- Mart: the outlet dimension. Grain: one row per outlet key (key: outlet_key).
with outlets as (
    select * from stg_outlets
),
credited as (
    select source, count(*) as articles from articles where source is not null group by source
),
published as (
    select publisher_key, count(*) as articles from articles where publisher_key is not null group by publisher_key
),
final as (
    select
        o.outlet_key, o.name_en, o.kind, o.country,
        coalesce(c.articles, 0) as articles_credited,
        coalesce(p.articles, 0) as articles_published
    from outlets as o
    left join credited as c on c.source = o.outlet_key
    left join published as p on p.publisher_key = o.outlet_key
    order by o.outlet_key
)
select * from final
