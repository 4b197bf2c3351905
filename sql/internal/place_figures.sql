-- Internal (etl_internal.place_figures, not a mart): every figure placed at a place of the places
-- dimension, with what places.sql reports of the place. The publish keeps it in the warehouse so
-- that a delta recounts only the places its changed articles touch (their old and new rows),
-- without reading the figure context of every article. Grain: one row per figure (key: article_id,
-- measure, char_start, char_end).
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
)
select p.*
from placed as p
join figures using (article_id, measure, char_start, char_end, place_id)
