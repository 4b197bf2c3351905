-- Staging: the extract stage's cited_sources, as written. Grain: see the mart of the same name.
with source as (
    select * from read_parquet({{ work }} || '/cited_sources.parquet', union_by_name = true)
),
final as (
    select * from source
)
select * from final
