-- View: each distinct troop claim (force, value) with how many articles and outlets report
-- it and when it was first and last reported. Grain: one row per (force, value).
with claims as (
    select c.force, c.value, c.article_id, a.source, a.published_date
    from figure_claims as c
    join articles as a using (article_id)
    where c.measure = 'troops' and c.value is not null
),
final as (
    select
        force,
        value,
        count(distinct article_id) as articles,
        count(distinct source) as outlets,
        min(published_date) as first_date,
        max(published_date) as last_date
    from claims
    group by force, value
    order by articles desc, value desc, force nulls last
)
select * from final
