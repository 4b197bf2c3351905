-- Mart: every troop-figure mention (spec §3). Grain: one row per mention (key: figure_id).
-- text[char_start:char_end] (0-based, end exclusive) of articles.text is the evidence.
-- Each row carries the date and outlet a dashboard filters by, a plausibility flag, where the
-- figure is (its sentence's place, else the dateline's; etl/places.py) and when its event
-- happened (int_figure_context). A troop figure is a strength (troops stationed, fighters a
-- country counts, a force's size) that stands as of publication: it takes a date only from its
-- own sentence (قوات وصلت أمس), never the story's date from the headline or lead, which is the
-- day of the story's event, not of the force.
with figures as (
    select * from stg_troop_figures
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
context as (
    select a.article_id, a.published_date, a.published_date_basis, a.source, a.outlet_key, m.story_id
    from articles as a
    join story_members as m using (article_id)
),
place_time as (
    select * from int_figure_context where measure = 'troops'
),
bounds as (
    select max_value, reason from stg_plausibility where measure = 'troops'
),
final as (
    select
        substr(md5(article_id || ':troops:' || char_start || ':' || char_end), 1, 16) as figure_id,
        article_id, value, value_low, value_high, qualifier, force_name, role,
        sentence, sentence_start, char_start, char_end, rule,
        c.published_date, c.published_date_basis, c.source, c.outlet_key, c.story_id,
        case when p.event_date_scope in ('article', 'context') then c.published_date else p.event_date end as event_date,
        case when p.event_date_scope in ('article', 'context') then case when c.published_date is not null then 'day' end
             else p.event_date_granularity end as event_date_granularity,
        case when p.event_date_scope in ('article', 'context') then case when c.published_date is not null then 'publication' end
             else p.event_date_basis end as event_date_basis,
        case when p.event_date_scope in ('article', 'context') then null else p.event_date_phrase end as event_date_phrase,
        p.place_name, coalesce(p.place_basis, 'none') as place_basis, p.place_id, p.country, p.admin1, p.lat, p.lon,
        coalesce(greatest(value, value_low, value_high) <= b.max_value, true) as plausible,
        case when greatest(value, value_low, value_high) > b.max_value
             then b.reason || ' (' || greatest(value, value_low, value_high) || ' > ' || b.max_value || ')' end as implausible_reason
    from figures
    join context as c using (article_id)
    left join place_time as p using (article_id, char_start, char_end)
    left join bounds as b on true
    order by article_id, char_start
)
select * from final
