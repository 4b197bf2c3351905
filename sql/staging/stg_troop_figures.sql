-- Staging: the extract stage's troop_figures for articles that are published. Grain: see the mart of the same name.
with source as (
    select * from read_parquet({{ extracted }} || '/*.troop_figures.parquet')
),
live as (
    select article_id from stg_input_files where status = 'ingested'
),
final as (
    select * from source where article_id in (select article_id from live)
)
select * from final
