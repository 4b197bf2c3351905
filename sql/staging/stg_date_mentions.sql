-- Staging: the extract stage's date_mentions, as written (rename and cast only).
with source as (
    select * from read_parquet({{ extracted }} || '/*.date_mentions.parquet')
),
final as (
    select * from source
)
select * from final
