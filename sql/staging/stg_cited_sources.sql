-- Staging: the extract stage's cited_sources, as written (rename and cast only).
with source as (
    select * from read_parquet({{ extracted }} || '/*.cited_sources.parquet')
),
final as (
    select * from source
)
select * from final
