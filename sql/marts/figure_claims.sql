-- Mart: claims. Repeated mentions of the same figure within one article (headline, lead,
-- body) collapse into one claim. Grain: one row per (article_id, measure, force_name, value,
-- value_low, value_high) (key: claim_id). Carries the article's date, outlet and story, and
-- the toll's scope (period or past when any mention says so, else event).
with mentions as (
    select article_id, 'troops' as measure, force_name, value, value_low, value_high, qualifier, figure_id, char_start,
           plausible, null as toll_scope, published_date, outlet_key, story_id
    from troop_figures
    union all
    select article_id, measure, null as force_name, value, value_low, value_high, qualifier, figure_id, char_start,
           plausible, toll_scope, published_date, outlet_key, story_id
    from attack_counts
),
final as (
    select
        substr(md5(article_id || ':' || measure || ':' || coalesce(force_name, '') || ':' || coalesce(value, -1) || ':'
                   || coalesce(value_low, -1) || ':' || coalesce(value_high, -1)), 1, 16) as claim_id,
        article_id, measure, force_name, value, value_low, value_high,
        string_agg(distinct qualifier, ', ' order by qualifier) as qualifiers,
        count(*) as mentions,
        arg_min(figure_id, char_start) as first_figure_id,
        bool_and(plausible) as plausible,
        case when bool_or(toll_scope = 'period') then 'period' when bool_or(toll_scope = 'past') then 'past'
             when measure <> 'troops' then 'event' end as toll_scope,
        any_value(published_date) as published_date,
        any_value(outlet_key) as outlet_key,
        any_value(story_id) as story_id
    from mentions
    group by article_id, measure, force_name, value, value_low, value_high
    order by article_id, measure, force_name nulls first, value nulls first, value_low nulls first, value_high nulls first
)
select * from final
