-- Mart: the time series for dashboards. Grain: one row per (date, measure, outlet_key, country).
-- Sums the events mart: every event toll counted once (one event reported by several stories,
-- or restated on later days, is one event), with its conservative value, on the day it
-- happened, in the country where it happened and under the outlet that reported it first; so
-- sums over any days, countries and outlets count no event twice. Attack measures only: troop
-- figures are strengths, and running totals, rates and past tolls are not the day's events.
-- country is NULL when none of the event's figures has a place.
with final as (
    select
        event_date as date,
        measure,
        outlet_key,
        country,
        -- sums of BIGINT are HUGEINT, which Arrow readers (polars, pandas) get as decimal128
        sum(value)::bigint as value,
        sum(highest_value)::bigint as highest_value,
        count(*) as events,
        sum(stories)::bigint as stories,
        sum(articles)::bigint as articles,
        sum(disputed_stories)::bigint as disputed_stories
    from events
    group by all
    order by date, measure, outlet_key, country nulls first
)
select * from final
