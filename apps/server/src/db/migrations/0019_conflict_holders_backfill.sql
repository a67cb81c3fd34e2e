-- Conflicts opened before holder sets were stored name their one holder.
UPDATE "conflicts" SET "holder_filing_ids" = ARRAY["existing_filing_id"] WHERE "holder_filing_ids" = '{}'::int[];
