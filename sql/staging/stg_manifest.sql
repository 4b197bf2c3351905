-- Staging: the manifest given with the raw files (etl build --manifest), as normalised by
-- etl/manifest.py (rename and cast only). Grain: one row per manifest entry (key: file).
-- Empty when the build had no manifest.
with source as (
    select * from read_parquet({{ work }} || '/manifest.parquet')
),
final as (
    select
        cast(file as varchar) as file,
        cast(url as varchar) as url,
        cast(publisher as varchar) as publisher,
        cast(publisher_key as varchar) as publisher_key,
        cast(manifest_at as timestamp) as manifest_at,
        cast(manifest_date as date) as manifest_date
    from source
)
select * from final
