-- Mart: every outlet the dateline or byline of an article credits, in order (spec §1: the
-- first is the primary source, articles.source). A bridge table: dashboards filter by it
-- without list columns. Grain: one row per (article_id, outlet_key).
with credited as (
    select article_id, unnest(sources) as outlet_key, generate_subscripts(sources, 1) as position
    from stg_articles
),
final as (
    select article_id, outlet_key, position, position = 1 as is_primary
    from credited
    order by article_id, position
)
select * from final
