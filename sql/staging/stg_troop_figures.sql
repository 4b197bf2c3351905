-- Staging: the extract stage's troop_figures, as written. Grain: see the mart of the same name.
with source as (
    select * from read_parquet({{ work }} || '/troop_figures.parquet', union_by_name = true)
),
final as (
    select * from source
)
select * from final
