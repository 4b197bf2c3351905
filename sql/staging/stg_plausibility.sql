-- Staging: the plausibility bounds (data/reference/plausibility.csv): the largest value a
-- single statement of each measure can hold, and the largest one event's toll can (above
-- it, a toll is a running total however it is worded). Grain: one row per measure.
with source as (
    select * from read_csv({{ reference }} || '/plausibility.csv', header = true, auto_detect = false,
        columns = {'measure': 'varchar', 'max_value': 'bigint', 'reason': 'varchar', 'event_max': 'bigint'})
),
final as (
    select measure, max_value, reason, event_max from source
)
select * from final
