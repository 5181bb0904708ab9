-- Filters on a dataset's records compare numbered slots (s01 = field 1, ...). Without an index each such request
-- scans every row of the dataset, which at a million rows takes seconds; these indexes serve equality and range
-- filters on the first four fields, where datasets keep their identifying and most filtered columns (codes,
-- indicators, periods). Further fields are filtered within the rows these narrow down, or by a scan bounded by
-- opendata.paging.query-timeout.
CREATE INDEX dataset_record_s01_idx ON dataset_record (dataset_id, s01);
CREATE INDEX dataset_record_s02_idx ON dataset_record (dataset_id, s02);
CREATE INDEX dataset_record_s03_idx ON dataset_record (dataset_id, s03);
CREATE INDEX dataset_record_s04_idx ON dataset_record (dataset_id, s04);
