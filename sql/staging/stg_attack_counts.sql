-- Staging: the extract stage's attack_counts, as written (rename and cast only).
with source as (
    select * from read_parquet({{ extracted }} || '/*.attack_counts.parquet')
),
final as (
    select * from source
)
select * from final
