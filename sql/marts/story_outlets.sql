-- Mart: the outlets that report each story (a bridge table between stories and outlets).
-- Grain: one row per (story_id, outlet_key).
with members as (
    select m.story_id, a.article_id, a.outlet_key, a.published_date
    from story_members as m
    join articles as a using (article_id)
),
final as (
    select story_id, outlet_key, count(*) as articles, min(published_date) as first_date
    from members
    group by story_id, outlet_key
    order by story_id, outlet_key
)
select * from final
