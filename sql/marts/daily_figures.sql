-- Mart: the time series for dashboards. Grain: one row per (date, measure, outlet_key, country).
-- Each story counts once: its conservative value (story_figures) is placed on the day its
-- event happened (event_date: stated or relative to publication, else the publication date)
-- and in the country it happened (its place), both read from the story's earliest article
-- that states them, and under the outlet that reported it first; so sums over any days,
-- countries and outlets add up without counting a story twice. Event tolls of the attack
-- measures only: troop figures are strengths, and running totals, rates and past tolls
-- (toll_scope period or past) are not the day's events, so none of them add up over days.
-- Implausible figures are out (story_figures keeps only plausible ones); stories with no
-- date at all are left out; country is NULL when no figure of the story has a place.
with story_values as (
    select story_id, measure, conservative_value, highest_value, articles, disputed, first_date, first_outlet_key
    from story_figures
    where toll_scope = 'event' and force_name is null
),
story_place_time as (
    -- The story's event day and country for the measure: from its earliest article (by
    -- publication, then article_id) whose figure states them; event tolls only, as above.
    select
        story_id, measure,
        arg_min(event_date, (coalesce(published_date, date '9999-12-31'), article_id, char_start))
            filter (where event_date is not null) as event_date,
        arg_min(country, (coalesce(published_date, date '9999-12-31'), article_id, char_start))
            filter (where country is not null) as country
    from attack_counts
    where toll_scope = 'event' and plausible and value is not null
    group by story_id, measure
),
dated as (
    select v.*, coalesce(t.event_date, v.first_date) as date, t.country
    from story_values as v
    left join story_place_time as t using (story_id, measure)
),
final as (
    select
        date,
        measure,
        first_outlet_key as outlet_key,
        country,
        sum(conservative_value) as value,
        sum(highest_value) as highest_value,
        count(*) as stories,
        sum(articles) as articles,
        count(*) filter (where disputed) as disputed_stories
    from dated
    where date is not null
    group by all
    order by date, measure, outlet_key, country nulls first
)
select * from final
