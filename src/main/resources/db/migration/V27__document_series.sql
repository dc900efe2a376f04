-- Numbers of documents that do not take a case's number (a site's stop notice): gap-free per series, a series
-- being the issuing body, the document's mark and the year. Taken in the issuing transaction, so a refused or
-- rolled-back issue leaves no gap.
create table document_series (
    series varchar(120) primary key,
    last   integer      not null check (last > 0)
);
