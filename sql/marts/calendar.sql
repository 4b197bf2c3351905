-- Mart: the calendar dimension, every day from the first to the last date the warehouse
-- knows (publication dates and date mentions, 1900-2100). Grain: one row per day (key: date).
with known as (
    select published_date as d from articles where published_date is not null
    union all
    select date from date_mentions where date between date '1900-01-01' and date '2100-12-31'
),
bounds as (
    select coalesce(min(d), current_date) as first_day, coalesce(max(d), current_date) as last_day from known
),
days as (
    select unnest(range(first_day, last_day + interval 1 day, interval 1 day))::date as date from bounds
),
final as (
    select
        date,
        year(date) as year,
        quarter(date) as quarter,
        month(date) as month,
        day(date) as day,
        isodow(date) as iso_weekday,
        dayname(date) as weekday_name,
        weekofyear(date) as iso_week,
        strftime(date, '%Y-%m') as year_month
    from days
    order by date
)
select * from final
