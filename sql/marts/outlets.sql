-- Mart: the outlet dimension. Grain: one row per outlet key (key: outlet_key).
with outlets as (
    select * from stg_outlets
),
credited as (
    select source, count(*) as articles from articles where source is not null group by source
),
final as (
    select o.outlet_key, o.name_en, o.kind, o.country, coalesce(a.articles, 0) as articles_credited
    from outlets as o
    left join credited as a on a.source = o.outlet_key
    order by o.outlet_key
)
select * from final
