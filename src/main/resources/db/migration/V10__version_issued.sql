-- When the data of a version was issued by whoever issued it, as precisely as they state it (YYYY, YYYY-MM or
-- YYYY-MM-DD), apart from published_at, when this installation published it: a seed version carries its source's
-- date, or none where the source states none; a version published through the API is issued on its publication day.
-- Versions published before this column existed keep none: whether they came from a seed cannot be told here.
ALTER TABLE dataset_version ADD COLUMN issued VARCHAR(10);
