-- Mart: the time series for dashboards. Grain: one row per (date, measure, outlet_key).
-- Each story counts once: its conservative value (story_figures) is placed on the day it
-- was first reported and under the outlet that reported it first, so sums over any days
-- and outlets add up without counting a story twice. Attack measures only (troop figures
-- are strengths, not events: they do not add up over days). Implausible figures are out
-- (story_figures keeps only plausible ones); stories with no date are left out.
with story_values as (
    select story_id, measure, conservative_value, highest_value, articles, disputed, first_date, first_outlet_key
    from story_figures
    where measure <> 'troops' and first_date is not null
),
final as (
    select
        first_date as date,
        measure,
        first_outlet_key as outlet_key,
        sum(conservative_value) as value,
        sum(highest_value) as highest_value,
        count(*) as stories,
        sum(articles) as articles,
        count(*) filter (where disputed) as disputed_stories
    from story_values
    group by all
    order by date, measure, outlet_key
)
select * from final
