-- Staging: the extract stage's figure_context (etl/places.py, etl/event_dates.py), as written:
-- each figure's place and the date expression of its sentence. Grain: one row per figure
-- (key: article_id, measure, char_start, char_end; measure is 'troops' for troop figures).
with source as (
    select * from read_parquet({{ extracted }} || '/*.figure_context.parquet', union_by_name = true)
),
final as (
    select
        cast(article_id as varchar) as article_id,
        cast(measure as varchar) as measure,
        cast(char_start as bigint) as char_start,
        cast(char_end as bigint) as char_end,
        cast(place_name as varchar) as place_name,
        cast(place_basis as varchar) as place_basis,
        cast(place_id as varchar) as place_id,
        cast(place_kind as varchar) as place_kind,
        cast(place_name_en as varchar) as place_name_en,
        cast(country as varchar) as country,
        cast(admin1 as varchar) as admin1,
        cast(lat as double) as lat,
        cast(lon as double) as lon,
        cast(geo_precision as integer) as geo_precision,
        cast(place_source as varchar) as place_source,
        cast(country_place_id as varchar) as country_place_id,
        cast(country_name_en as varchar) as country_name_en,
        cast(country_lat as double) as country_lat,
        cast(country_lon as double) as country_lon,
        cast(country_source as varchar) as country_source,
        cast(ev_kind as varchar) as ev_kind,
        cast(ev_offset as integer) as ev_offset,
        cast(ev_weekday as integer) as ev_weekday,
        cast(ev_weekday_past as boolean) as ev_weekday_past,
        cast(ev_day as integer) as ev_day,
        cast(ev_month as integer) as ev_month,
        cast(ev_year as integer) as ev_year,
        cast(ev_phrase as varchar) as ev_phrase,
        cast(ev_report as boolean) as ev_report,
        cast(ev_scope as varchar) as ev_scope,
        cast(ev_shift as integer) as ev_shift
    from source
)
select * from final
