-- Mart: stories, i.e. groups of articles joined by article_pairs (connected components).
-- Grain: one row per story (key: story_id, the smallest article_id of the story). The
-- outlets of a story are in the bridge table story_outlets.
with members as (
    select m.story_id, a.article_id, a.outlet_key, a.published_date, a.title
    from story_members as m
    join articles as a using (article_id)
),
final as (
    select
        story_id,
        count(*) as articles,
        count(distinct outlet_key) filter (where outlet_key <> 'unknown') as outlets,
        min(published_date) as first_date,
        max(published_date) as last_date,
        arg_min(title, article_id) as title
    from members
    group by story_id
    order by story_id
)
select * from final
