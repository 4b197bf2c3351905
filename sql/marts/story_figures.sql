-- Mart: reconciliation across outlets. Per story and measure: the values reported, the
-- conservative value (the lowest, as ACLED does), the highest, how many articles and
-- outlets report it, and whether they disagree. Only stated numbers (not vague or ranges).
-- Grain: one row per (story_id, measure).
with claims as (
    select c.*, m.story_id, a.source
    from figure_claims as c
    join story_members as m using (article_id)
    join articles as a using (article_id)
    where c.value is not null
),
final as (
    select
        story_id,
        measure,
        list(distinct value order by value) as values_reported,
        min(value) as conservative_value,
        max(value) as highest_value,
        count(distinct article_id) as articles,
        count(distinct source) as outlets,
        count(distinct value) > 1 as disputed
    from claims
    group by story_id, measure
    order by story_id, measure
)
select * from final
