-- Intermediate (a temporary view, not published): each figure's place and its event date,
-- resolved against the article's publication date, which may come from the manifest and is
-- known only here. Grain: one row per figure (key: article_id, measure, char_start, char_end).
--   explicit: the stated day or month; a missing year is the publication year, or the year
--             before when that would put the date after publication; a date after
--             publication is no event date (publication then); a year alone (في 1993)
--             counts only before the publication year (year granularity);
--   offset:   publication date + days (أمس -1, اليوم 0);
--   weekday:  the latest such weekday on or before publication (the one before when الماضي);
--   week:     the Monday of the week of publication + days (الأسبوع الماضي: the week before);
--   month:    the first day of the month of publication + months; with a day (في السابع من
--             الشهر الجاري) that day of it, unless after publication;
--   else the publication date (basis publication); NULL when the article is undated.
--   ev_shift (-1: a figure in a clause after غداة): that many days added to a day's date, the
--   publication date included (then basis relative, granularity day).
with context as (
    select c.*, a.published_date
    from stg_figure_context as c
    join articles as a using (article_id)
),
explicit as (
    select
        *,
        case when ev_kind = 'explicit' and ev_month is not null then
                 try_cast(make_date(coalesce(ev_year, year(published_date)), ev_month, coalesce(ev_day, 1)) as date)
             when ev_kind = 'explicit' and (published_date is null or ev_year < year(published_date)) then
                 try_cast(make_date(ev_year, 1, 1) as date)
        end as stated
    from context
),
stated as (
    select
        *,
        case when stated is not null and ev_year is null and stated > published_date
             then try_cast(stated - interval 1 year as date) else stated end as stated_date
    from explicit
),
resolved as (
    select
        *,
        case
            when ev_kind = 'explicit' and (published_date is null or stated_date <= published_date) then stated_date
            when ev_kind = 'offset' then cast(published_date + ev_offset * interval 1 day as date)
            when ev_kind = 'weekday' then cast(published_date
                - (((isodow(published_date) - ev_weekday + 7) % 7)
                   + case when ev_weekday_past and isodow(published_date) = ev_weekday then 7 else 0 end) * interval 1 day as date)
            when ev_kind = 'week' then cast(date_trunc('week', published_date + ev_offset * interval 1 day) as date)
            when ev_kind = 'month' and ev_day is null then cast(date_trunc('month', published_date) + ev_offset * interval 1 month as date)
            -- a day of that month (في السابع من الشهر الجاري); none when it falls after publication
            when ev_kind = 'month' then case when try_cast(date_trunc('month', published_date) + ev_offset * interval 1 month
                                                           + (ev_day - 1) * interval 1 day as date) <= published_date
                                             and ev_day <= day(last_day(cast(date_trunc('month', published_date) + ev_offset * interval 1 month as date)))
                                        then cast(date_trunc('month', published_date) + ev_offset * interval 1 month + (ev_day - 1) * interval 1 day as date) end
        end as cue_date
    from stated
),
shifted as (
    select
        *,
        case when ev_shift is not null and (cue_date is null or ev_kind in ('offset', 'weekday', 'same_day')
                                            or (ev_kind = 'explicit' and ev_day is not null)
                                            or (ev_kind = 'month' and ev_day is not null))
             then cast(coalesce(cue_date, published_date) + ev_shift * interval 1 day as date) end as eve_date
    from resolved
),
final as (
    select
        article_id, measure, char_start, char_end,
        place_name, place_basis, place_id, place_kind, place_name_en, country, admin1, lat, lon, geo_precision, place_source,
        country_place_id, country_name_en, country_lat, country_lon, country_source,  -- the country as a place (not published)
        coalesce(eve_date, cue_date, published_date) as event_date,
        case when eve_date is not null then 'day'
             when cue_date is not null then
                 case when ev_kind = 'explicit' then case when ev_month is null then 'year' when ev_day is null then 'month' else 'day' end
                      when ev_kind = 'month' and ev_day is not null then 'day'
                      when ev_kind in ('week', 'month') then ev_kind else 'day' end
             when published_date is not null then 'day' end as event_date_granularity,
        case when cue_date is not null then case when ev_kind = 'explicit' then 'explicit' else 'relative' end
             when eve_date is not null then 'relative'
             when published_date is not null then 'publication' end as event_date_basis,
        case when cue_date is not null or eve_date is not null then ev_phrase end as event_date_phrase,
        ev_scope as event_date_scope,  -- sentence, context (a sentence just before it) or article (the headline's and lead's date); not published
        coalesce(ev_report, false) as event_date_report  -- the date of a statement (قالت أمس); not published
    from shifted
)
select * from final
