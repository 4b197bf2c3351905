-- Staging: the extract stage's troop_figures, as written (rename and cast only).
with source as (
    select * from read_parquet({{ extracted }} || '/*.troop_figures.parquet')
),
final as (
    select * from source
)
select * from final
