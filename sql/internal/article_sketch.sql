-- Internal (etl_internal.article_sketch, not a mart): the sentence sketches of the published
-- articles. The publish keeps it in the warehouse, in the same transaction as the marts, so that
-- a delta finds the articles holding a hash (article_pairs) without reading every extracted sketch
-- file: a cold build writes it whole, a delta deletes and inserts the rows of its changed articles.
-- Grain: one row per article and hash (key: article_id, h).
select article_id, h from stg_article_sketch
where article_id in (select article_id from articles)
