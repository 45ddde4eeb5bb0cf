-- Months active per volunteer and March retention, kept as counters so that the district report
-- reads them instead of grouping every volunteer of the district at request time.

-- The months of a year in which a volunteer was active in a district, as a 12-bit mask (bit 0 = January).
CREATE TABLE volunteer_year (
    district      TEXT    NOT NULL,
    year          INTEGER NOT NULL,
    volunteer_id  UUID    NOT NULL,
    months_mask   INTEGER NOT NULL,
    PRIMARY KEY (district, year, volunteer_id)
);

-- How many volunteers of a district were active in exactly n months of the year.
CREATE TABLE district_months_active (
    district       TEXT    NOT NULL,
    year           INTEGER NOT NULL,
    months_active  INTEGER NOT NULL,
    volunteers     INTEGER NOT NULL,
    PRIMARY KEY (district, year, months_active)
);

-- Volunteers first active in March, and of them those active again from May on.
CREATE TABLE district_march_retention (
    district                TEXT    NOT NULL,
    year                    INTEGER NOT NULL,
    first_active_in_march   INTEGER NOT NULL DEFAULT 0,
    active_again_from_may   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (district, year)
);

-- What was consumed before this migration, carried over.
INSERT INTO volunteer_year (district, year, volunteer_id, months_mask)
SELECT district, year, volunteer_id, bit_or(1 << (month - 1)) FROM volunteer_month GROUP BY district, year, volunteer_id;

INSERT INTO district_months_active (district, year, months_active, volunteers)
SELECT district, year, bit_count(months_mask::bit(12)), count(*) FROM volunteer_year GROUP BY 1, 2, 3;

INSERT INTO district_march_retention (district, year, first_active_in_march, active_again_from_may)
SELECT district, year,
       count(*) FILTER (WHERE months_mask & 7 = 4),
       count(*) FILTER (WHERE months_mask & 7 = 4 AND months_mask >= 16)
FROM volunteer_year GROUP BY district, year;
