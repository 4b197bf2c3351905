-- Mart: reconciliation across articles and outlets. Per story, measure and force: each
-- article's figure (the highest exact value it states for them, so a toll and its parts do
-- not count as disagreement within one article), the conservative value (the lowest
-- article figure, as ACLED does), the highest, and whether at least two articles disagree.
-- Only plausible, stated numbers (not vague quantities or ranges). An event toll and a
-- running total in one story are different figures, not a disagreement: toll_scope is part
-- of the grain. Grain: one row per (story_id, measure, force_name, toll_scope); force_name is
-- 'unstated' for troops whose force is not stated and NULL for the attack measures, which
-- have none; toll_scope is NULL for troops.
with claims as (
    select
        story_id, article_id, measure, toll_scope, value, published_date, outlet_key,
        case when measure = 'troops' then coalesce(force_name, 'unstated') end as force_name
    from figure_claims
    where value is not null and plausible
),
per_article as (
    select story_id, measure, force_name, toll_scope, article_id,
           max(value) as article_value, any_value(published_date) as published_date, any_value(outlet_key) as outlet_key
    from claims
    group by story_id, measure, force_name, toll_scope, article_id
),
final as (
    select
        story_id,
        measure,
        force_name,
        toll_scope,
        array_to_string(list_sort(list(distinct article_value)), ', ') as values_reported,
        min(article_value) as conservative_value,
        max(article_value) as highest_value,
        count(*) as articles,
        count(distinct outlet_key) filter (where outlet_key <> 'unknown') as outlets,
        count(distinct article_value) > 1 as disputed,
        min(published_date) as first_date,
        arg_min(outlet_key, (coalesce(published_date, date '9999-12-31'), article_id)) as first_outlet_key
    from per_article
    group by story_id, measure, force_name, toll_scope
    order by story_id, measure, force_name nulls first, toll_scope nulls first
)
select * from final
