-- Staging: the extract stage's sentence sketches (bottom-k MinHash), as written.
with source as (
    select * from read_parquet({{ extracted }} || '/*.article_sketch.parquet')
),
final as (
    select article_id, h from source
)
select * from final
