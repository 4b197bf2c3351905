-- Mart: events for the map and the timeline, each counted once across stories. Grain: one row
-- per event (key: event_id). A story is the articles that share their text; one event is often
-- reported by several stories (outlets writing their own text, reports on the next days). Event
-- tolls of the attack measures only (toll_scope event, plausible), then:
--   * figures placed at a locality (a town, a city or a base: the place of the figure's own
--     sentence or of the article, not the dateline) on a stated or resolved day: per story,
--     the lowest of its articles' figures there (each article's highest figure at the place
--     and day; ACLED's conservative choice, as story_figures); across stories, one event per
--     locality, measure and day, with the largest of the stories' values (two reports of one
--     toll are one event; two events in one town on one day count as the larger only: an
--     undercount, never a double count);
--   * a later day at the same locality with the same value, within 7 days of the last,
--     restates that event (tolls repeated as "the bombing that killed 32") and folds into it,
--     on its first day;
--   * a story none of whose figures of the measure is at a locality on a day is an event of
--     its own (story_figures' conservative value), on its event date (else its first
--     publication date) and in its country; stories of the same value in one country on one
--     day are one event (outlets' own texts of one toll: the mosque bombing's 227 wounded told
--     by fifteen stories; two such events the same day count once: an undercount). A story with
--     figures at localities counts by those only: its unplaced figures of the measure are left
--     out (an undercount).
-- Stories with no date at all are left out. daily_figures sums this mart.
with story_values as (
    select story_id, measure, conservative_value, highest_value, articles, disputed, first_date, first_outlet_key
    from story_figures
    where toll_scope = 'event' and force_name is null
),
figures as (
    select a.story_id, a.measure, a.article_id, a.value, a.event_date, a.country, a.published_date, a.outlet_key,
           a.place_id,
           (p.geo_precision = 1 and a.place_basis in ('sentence', 'article')
            and a.event_date_granularity = 'day' and a.event_date is not null) as is_local,
           (coalesce(a.published_date, date '9999-12-31'), a.article_id, a.char_start) as reported  -- earliest first
    from attack_counts as a
    left join places as p using (place_id)
    where a.toll_scope = 'event' and a.plausible and a.value is not null
),
story_place_time as (
    -- A story with no figure at a locality on a day: its day and country from its earliest
    -- article that states each (as its figures are summed whole, story_figures).
    select
        story_id, measure,
        arg_min(event_date, reported) filter (where event_date is not null) as event_date,
        arg_min(country, reported) filter (where country is not null) as country,
        bool_or(is_local) as has_local
    from figures
    group by story_id, measure
),
local_article_values as (
    -- Each article's figure at a locality on a day: the highest it states there (a toll and its
    -- parts are one figure), as story_figures does per story.
    select story_id, measure, place_id, event_date, article_id,
           max(value) as article_value, any_value(published_date) as published_date, any_value(outlet_key) as outlet_key
    from figures
    where is_local
    group by all
),
local_story_values as (
    -- Each story's figure at the locality on the day: conservative (lowest article) and highest.
    select story_id, measure, place_id, event_date,
           min(article_value) as conservative_value,
           max(article_value) as highest_value,
           count(*) as articles,
           count(distinct article_value) > 1 as disputed,
           min(published_date) as first_date,
           arg_min(outlet_key, (coalesce(published_date, date '9999-12-31'), article_id)) as first_outlet_key
    from local_article_values
    group by all
),
local_days as (
    select
        place_id, measure, event_date,
        max(conservative_value) as value,
        max(highest_value) as highest_value,
        count(*) as stories,
        sum(articles)::bigint as articles,  -- sums of BIGINT are HUGEINT: Arrow readers get decimal128
        count(*) filter (where disputed) as disputed_stories,
        count(distinct conservative_value) > 1 as stories_differ,
        arg_min(first_outlet_key, (coalesce(first_date, date '9999-12-31'), story_id)) as outlet_key,
        min(story_id) as first_story_id
    from local_story_values
    group by all
),
restatements as (
    select *,
           event_date - lag(event_date) over (partition by place_id, measure, value order by event_date) as days_after
    from local_days
),
runs as (
    select *,
           sum(case when days_after is null or days_after > 7 then 1 else 0 end)  -- 7: days within which the same value restates
               over (partition by place_id, measure, value order by event_date rows unbounded preceding) as run
    from restatements
),
local_events as (
    select
        min(event_date) as event_date, measure, place_id, value,
        max(highest_value) as highest_value,
        sum(stories)::bigint as stories,
        sum(articles)::bigint as articles,
        sum(disputed_stories)::bigint as disputed_stories,
        bool_or(stories_differ) as stories_differ,
        count(*) - 1 as restated_days,
        arg_min(outlet_key, event_date) as outlet_key,
        arg_min(first_story_id, event_date) as first_story_id
    from runs
    group by place_id, measure, value, run
),
other_stories as (
    select coalesce(t.event_date, v.first_date) as event_date, v.measure, t.country,
           v.conservative_value as value, v.highest_value, v.articles, v.disputed,
           v.first_outlet_key as outlet_key, v.first_date, v.story_id,
           -- one event per country, day, measure and value; a story with no country is its own
           coalesce(t.country, '~' || v.story_id) as merge_key
    from story_values as v
    left join story_place_time as t using (story_id, measure)
    where not coalesce(t.has_local, false) and coalesce(t.event_date, v.first_date) is not null
),
other_events as (
    select event_date, measure, null::varchar as place_id, any_value(country) as country,
           value, max(highest_value) as highest_value, count(*) as stories, sum(articles)::bigint as articles,
           count(*) filter (where disputed) as disputed_stories, false as stories_differ, 0::bigint as restated_days,
           arg_min(outlet_key, (coalesce(first_date, date '9999-12-31'), story_id)) as outlet_key,
           min(story_id) as first_story_id
    from other_stories
    group by event_date, measure, merge_key, value
),
final as (
    select
        md5(concat_ws('|', e.measure, coalesce(e.place_id, ''), e.event_date::varchar, e.first_story_id)) as event_id,
        e.event_date,
        e.measure,
        e.place_id,
        p.name_en as place_name_en,
        coalesce(p.country, e.country) as country,
        p.admin1,
        p.lat,
        p.lon,
        e.value,
        e.highest_value,
        e.stories,
        e.articles,
        e.disputed_stories,
        e.stories_differ or e.disputed_stories > 0 as disputed,
        e.restated_days,
        e.outlet_key,
        case when e.place_id is null then 'story' else 'locality and day' end as basis
    from (
        select event_date, measure, place_id, null::varchar as country, value, highest_value, stories, articles,
               disputed_stories, stories_differ, restated_days, outlet_key, first_story_id
        from local_events
        union all
        select * from other_events
    ) as e
    left join places as p using (place_id)
    order by e.event_date, e.measure, e.place_id nulls last, event_id
)
select * from final
