-- Staging: the extract stage's attack_counts, as written. Grain: see the mart of the same name.
with source as (
    select * from read_parquet({{ work }} || '/attack_counts.parquet', union_by_name = true)
),
final as (
    select * from source
)
select * from final
