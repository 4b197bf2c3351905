-- Staging: the plausibility bounds (data/reference/plausibility.csv): the largest value a
-- single statement of each measure can hold. Grain: one row per measure.
with source as (
    select * from read_csv({{ reference }} || '/plausibility.csv', header = true, auto_detect = false,
        columns = {'measure': 'varchar', 'max_value': 'bigint', 'reason': 'varchar'})
),
final as (
    select measure, max_value, reason from source
)
select * from final
