-- Staging: the extract stage's troop_figures (rename and cast only): `force` becomes
-- `force_name`, a word SQL parsers (sqlglot, hence Superset) reject unquoted.
with source as (
    select * from read_parquet({{ extracted }} || '/*.troop_figures.parquet')
),
final as (
    select * exclude (force), force as force_name from source
)
select * from final
