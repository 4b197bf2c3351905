-- Staging: the extract stage's date_mentions, as written. Grain: see the mart of the same name.
with source as (
    select * from read_parquet({{ work }} || '/date_mentions.parquet', union_by_name = true)
),
final as (
    select * from source
)
select * from final
