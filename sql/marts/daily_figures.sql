-- Mart: the time series for dashboards. Grain: one row per (date, measure, outlet_key).
-- Each story counts once: its conservative value (story_figures) is placed on the day it
-- was first reported and under the outlet that reported it first, so sums over any days
-- and outlets add up without counting a story twice. Event tolls of the attack measures
-- only: troop figures are strengths, and running totals, rates and past tolls (toll_scope
-- period or past) are not the day's events, so none of them add up over days. Implausible
-- figures are out (story_figures keeps only plausible ones); undated stories are left out.
with story_values as (
    select story_id, measure, conservative_value, highest_value, articles, disputed, first_date, first_outlet_key
    from story_figures
    where toll_scope = 'event' and first_date is not null
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
