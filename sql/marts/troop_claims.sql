-- View: each distinct troop claim (force_name, value) with how many articles and outlets
-- report it and when it was first and last reported; plausible stated numbers only.
-- Grain: one row per (force_name, value); force_name 'unstated' when the text names none.
with claims as (
    select coalesce(force_name, 'unstated') as force_name, value, article_id, outlet_key, published_date
    from figure_claims
    where measure = 'troops' and value is not null and plausible
),
final as (
    select
        force_name,
        value,
        count(distinct article_id) as articles,
        count(distinct outlet_key) filter (where outlet_key <> 'unknown') as outlets,
        min(published_date) as first_date,
        max(published_date) as last_date
    from claims
    group by force_name, value
    order by articles desc, value desc, force_name
)
select * from final
