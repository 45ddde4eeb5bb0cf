-- Name keys fold compatibility forms (common/validation/NameKey: NFKC, then space and case as before), so that
-- full-width "ＡＢＣ" and "abc", or "社区服务队　" (ideographic space) and "社区服务队", are one name. Only names
-- that NFKC changes get a new key (for the others the key is unchanged). A name whose new key another row of
-- its scope already has, or would get, keeps its old key: a duplicate written before this rule stays as it was
-- rather than failing the migration; every new name is checked against the new keys.
UPDATE brand b SET name_key = k.new_key
FROM (SELECT id, district, lower(btrim(regexp_replace(normalize(name, NFKC), '\s+', ' ', 'g'))) AS new_key
      FROM brand WHERE normalize(name, NFKC) <> name) k
WHERE b.id = k.id AND NOT EXISTS (
    SELECT 1 FROM brand o WHERE o.district = k.district AND o.id <> k.id
      AND (o.name_key = k.new_key OR lower(btrim(regexp_replace(normalize(o.name, NFKC), '\s+', ' ', 'g'))) = k.new_key));

UPDATE volunteer_group g SET name_key = k.new_key
FROM (SELECT id, brand_id, lower(btrim(regexp_replace(normalize(name, NFKC), '\s+', ' ', 'g'))) AS new_key
      FROM volunteer_group WHERE normalize(name, NFKC) <> name) k
WHERE g.id = k.id AND NOT EXISTS (
    SELECT 1 FROM volunteer_group o WHERE o.brand_id = k.brand_id AND o.id <> k.id
      AND (o.name_key = k.new_key OR lower(btrim(regexp_replace(normalize(o.name, NFKC), '\s+', ' ', 'g'))) = k.new_key));

UPDATE member_organization m SET name_key = k.new_key
FROM (SELECT id, brand_id, lower(btrim(regexp_replace(normalize(name, NFKC), '\s+', ' ', 'g'))) AS new_key
      FROM member_organization WHERE normalize(name, NFKC) <> name) k
WHERE m.id = k.id AND NOT EXISTS (
    SELECT 1 FROM member_organization o WHERE o.brand_id = k.brand_id AND o.id <> k.id
      AND (o.name_key = k.new_key OR lower(btrim(regexp_replace(normalize(o.name, NFKC), '\s+', ' ', 'g'))) = k.new_key));

UPDATE work_unit w SET name_key = k.new_key
FROM (SELECT id, district, lower(btrim(regexp_replace(normalize(name, NFKC), '\s+', ' ', 'g'))) AS new_key
      FROM work_unit WHERE normalize(name, NFKC) <> name) k
WHERE w.id = k.id AND NOT EXISTS (
    SELECT 1 FROM work_unit o WHERE o.district = k.district AND o.id <> k.id
      AND (o.name_key = k.new_key OR lower(btrim(regexp_replace(normalize(o.name, NFKC), '\s+', ' ', 'g'))) = k.new_key));
