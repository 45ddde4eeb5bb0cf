-- Certificates are issued in Chinese (pdf) and English (pdf_en), both signed at issue.
-- Certificates issued before have no English copy; their original stays what it was.
alter table certificate add column pdf_en bytea;
