-- A city's year of volunteering, generated with a fixed seed (CityScaleBenchmark), in two forms:
--   raw.*   the raw rows: volunteers, deeds, service records, brands, groups, memberships, occurrences;
--   public  reporting-service's projections, filled from the raw rows as the projections would be by
--           the same events (one row per volunteer and month, counters per district, ...).
-- The benchmark checks the second against the first: the district report read from the projections
-- must equal the same report computed with GROUP BYs over the raw rows.
-- ${...} are replaced by the benchmark: year, seed, volunteers, deeds, records, brands_per_district, memberships.
-- Each "-- step:" is run as one statement and reported with its duration.

-- step: drop the previous raw rows
DROP SCHEMA IF EXISTS raw CASCADE;
-- step: raw schema
CREATE SCHEMA raw;
-- step: seed
SELECT setseed(${seed});
-- step: raw volunteers (12 districts, registered over five years, a fifth with a star level)
CREATE UNLOGGED TABLE raw.volunteer AS
SELECT i, md5('volunteer-' || i)::uuid AS volunteer_id,
       '2301' || lpad((1 + i % 12)::text, 2, '0') AS district,
       make_date(${year} - 4, 1, 1) + floor(random() * (make_date(${year} + 1, 1, 1) - make_date(${year} - 4, 1, 1)))::int AS registered_on,
       CASE WHEN random() < 0.2 THEN 1 + floor(random() * 5)::int END AS star_level
FROM generate_series(0, ${volunteers} - 1) AS i;
-- step: raw brands
CREATE UNLOGGED TABLE raw.brand AS
SELECT (d - 1) * ${brands_per_district} + k AS b, k, md5('brand-' || d || '-' || k)::uuid AS brand_id,
       '2301' || lpad(d::text, 2, '0') AS district, 'Volunteer Service Brand ' || d || '-' || k AS name,
       md5('volunteer-' || (k * 12 + d - 1))::uuid AS founder -- volunteer k*12+d-1 lives in district d
FROM generate_series(1, 12) AS d, generate_series(0, ${brands_per_district} - 1) AS k;
-- step: raw deeds (a few volunteers do most of them; a fifth fall in March, the Lei Feng month; 40 % witnessed)
CREATE UNLOGGED TABLE raw.deed AS
SELECT v.volunteer_id, v.district, g.day, g.verified
FROM (SELECT floor(${volunteers} * power(random(), 2))::int AS i,
             CASE WHEN random() < 0.2 THEN make_date(${year}, 3, 1) + floor(random() * 31)::int
                  ELSE make_date(${year}, 1, 1) + floor(random() * (make_date(${year} + 1, 1, 1) - make_date(${year}, 1, 1)))::int END AS day,
             random() < 0.4 AS verified
      FROM generate_series(1, ${deeds})) AS g
JOIN raw.volunteer AS v USING (i);
-- step: raw service records (0.5 to 8 hours; 60 % under a brand of the volunteer's district)
CREATE UNLOGGED TABLE raw.service_record AS
SELECT md5('record-' || g.n)::uuid AS record_id, v.volunteer_id, v.district, g.day, g.hours, b.brand_id
FROM (SELECT n, floor(${volunteers} * power(random(), 2))::int AS i,
             CASE WHEN random() < 0.2 THEN make_date(${year}, 3, 1) + floor(random() * 31)::int
                  ELSE make_date(${year}, 1, 1) + floor(random() * (make_date(${year} + 1, 1, 1) - make_date(${year}, 1, 1)))::int END AS day,
             (1 + floor(random() * 16)::int) / 2.0 AS hours,
             CASE WHEN random() < 0.6 THEN floor(random() * ${brands_per_district})::int END AS k
      FROM generate_series(1, ${records}) AS n) AS g
JOIN raw.volunteer AS v USING (i)
LEFT JOIN raw.brand AS b ON b.district = v.district AND b.k = g.k;
-- step: raw groups (four per brand)
CREATE UNLOGGED TABLE raw.brand_group AS
SELECT b.b * 4 + j - 1 AS g, b.brand_id, md5('group-' || b.brand_id || '-' || j)::uuid AS group_id,
       b.name || ' group ' || j AS name, make_date(${year} - 1, 1, 1)::timestamptz + j * interval '30 days' AS formed_at
FROM raw.brand AS b, generate_series(1, 4) AS j;
-- step: raw memberships (joined during the year)
CREATE UNLOGGED TABLE raw.membership AS
SELECT DISTINCT ON (g.group_id, v.volunteer_id) g.group_id, g.brand_id, v.volunteer_id, m.joined_on
FROM (SELECT floor(random() * 48 * ${brands_per_district})::int AS g, floor(random() * ${volunteers})::int AS i,
             make_date(${year}, 1, 1) + floor(random() * (make_date(${year} + 1, 1, 1) - make_date(${year}, 1, 1)))::int AS joined_on
      FROM generate_series(1, ${memberships})) AS m
JOIN raw.brand_group AS g USING (g)
JOIN raw.volunteer AS v USING (i)
ORDER BY g.group_id, v.volunteer_id, m.joined_on;
-- step: raw occurrences held (each brand meets on Saturdays; about one Saturday in seven is missed)
CREATE UNLOGGED TABLE raw.occurrence_held AS
SELECT md5('occurrence-' || b.brand_id || '-' || s.day)::uuid AS occurrence_id, b.brand_id,
       md5('activity-' || b.brand_id)::uuid AS activity_id, s.day::date AS held_on, 5 + floor(random() * 36)::int AS participants
FROM raw.brand AS b
CROSS JOIN generate_series(make_date(${year}, 1, 1), make_date(${year}, 12, 31), interval '1 day') AS s(day)
WHERE extract(isodow FROM s.day) = 6 AND random() < 0.86;

-- step: empty the projections
TRUNCATE volunteer_account, district_registrations, volunteer_star, record_hours, volunteer_month, district_month,
    volunteer_year, district_months_active, district_march_retention, district_overdue, brand_name, brand_leader,
    brand_group, group_member, brand_organization, brand_activity, brand_occurrence_held, brand_month, work_unit,
    volunteer_work_unit, work_unit_month, district_star_level;
-- step: projection volunteer_account
INSERT INTO volunteer_account (volunteer_id, district, account_subject)
SELECT volunteer_id, district, 'account-' || i FROM raw.volunteer;
-- step: projection district_registrations
INSERT INTO district_registrations (district, year, registered)
SELECT district, extract(year FROM registered_on)::int, count(*) FROM raw.volunteer GROUP BY 1, 2;
-- step: projection volunteer_star
INSERT INTO volunteer_star (volunteer_id, district, level)
SELECT volunteer_id, district, star_level FROM raw.volunteer WHERE star_level IS NOT NULL;
-- step: projection district_star_level
INSERT INTO district_star_level (district, level, volunteers)
SELECT district, level, count(*) FROM volunteer_star GROUP BY 1, 2;
-- step: projection record_hours
INSERT INTO record_hours (record_id, volunteer_id, district, service_date, hours, brand_id)
SELECT record_id, volunteer_id, district, day, hours, brand_id FROM raw.service_record;
-- step: projection volunteer_month
INSERT INTO volunteer_month (volunteer_id, district, year, month, hours, deeds_self, deeds_witnessed, diary_entries)
SELECT volunteer_id, district, year, month, sum(hours), sum(self), sum(witnessed), 0
FROM (SELECT volunteer_id, district, extract(year FROM day)::int AS year, extract(month FROM day)::int AS month,
             0 AS hours, (NOT verified)::int AS self, verified::int AS witnessed FROM raw.deed
      UNION ALL
      SELECT volunteer_id, district, extract(year FROM day)::int, extract(month FROM day)::int, hours, 0, 0
      FROM raw.service_record) AS activity
GROUP BY 1, 2, 3, 4;
-- step: projection district_month
INSERT INTO district_month (district, year, month, hours, deeds_self, deeds_witnessed, active_volunteers, new_registrations)
SELECT district, year, month, sum(hours), sum(self), sum(witnessed), sum(active), sum(registered)
FROM (SELECT district, year, month, hours, deeds_self AS self, deeds_witnessed AS witnessed, 1 AS active, 0 AS registered
      FROM volunteer_month
      UNION ALL
      SELECT district, extract(year FROM registered_on)::int, extract(month FROM registered_on)::int, 0, 0, 0, 0, 1
      FROM raw.volunteer) AS figures
GROUP BY 1, 2, 3;
-- step: projection volunteer_year
INSERT INTO volunteer_year (district, year, volunteer_id, months_mask)
SELECT district, year, volunteer_id, bit_or(1 << (month - 1)) FROM volunteer_month GROUP BY district, year, volunteer_id;
-- step: projection district_months_active
INSERT INTO district_months_active (district, year, months_active, volunteers)
SELECT district, year, bit_count(months_mask::bit(12)), count(*) FROM volunteer_year GROUP BY 1, 2, 3;
-- step: projection district_march_retention
INSERT INTO district_march_retention (district, year, first_active_in_march, active_again_from_may)
SELECT district, year, count(*) FILTER (WHERE months_mask & 7 = 4), count(*) FILTER (WHERE months_mask & 7 = 4 AND months_mask >= 16)
FROM volunteer_year GROUP BY district, year;
-- step: projection brand_name
INSERT INTO brand_name (brand_id, district, name, founder_volunteer_id) SELECT brand_id, district, name, founder FROM raw.brand;
-- step: projection brand_leader
INSERT INTO brand_leader (brand_id, volunteer_id) SELECT brand_id, founder FROM raw.brand;
-- step: projection brand_group
INSERT INTO brand_group (group_id, brand_id, name, formed_at) SELECT group_id, brand_id, name, formed_at FROM raw.brand_group;
-- step: projection group_member
INSERT INTO group_member (group_id, volunteer_id, brand_id) SELECT group_id, volunteer_id, brand_id FROM raw.membership;
-- step: projection brand_activity (weekly on Saturday mornings, network time, since two years before)
INSERT INTO brand_activity (activity_id, brand_id, first_start, recurrence)
SELECT md5('activity-' || brand_id)::uuid, brand_id,
       (date_trunc('week', make_date(${year} - 2, 1, 10)::timestamp) + interval '5 days 9 hours') AT TIME ZONE 'Asia/Shanghai',
       'FREQ=WEEKLY;BYDAY=SA'
FROM raw.brand;
-- step: projection brand_occurrence_held
INSERT INTO brand_occurrence_held (occurrence_id, brand_id, activity_id, held_on, participants)
SELECT occurrence_id, brand_id, activity_id, held_on, participants FROM raw.occurrence_held;
-- step: projection brand_month
INSERT INTO brand_month (brand_id, year, month, hours, joined, left_count)
SELECT brand_id, year, month, sum(hours), sum(joined), 0
FROM (SELECT brand_id, extract(year FROM day)::int AS year, extract(month FROM day)::int AS month, hours, 0 AS joined
      FROM raw.service_record WHERE brand_id IS NOT NULL
      UNION ALL
      SELECT brand_id, extract(year FROM joined_on)::int, extract(month FROM joined_on)::int, 0, 1 FROM raw.membership) AS figures
GROUP BY 1, 2, 3;
-- step: statistics for the planner
ANALYZE;
