-- Registrations per district and calendar year (network time zone), kept current by the
-- VolunteerRegistered projection so that a report reads rows instead of counting volunteers.
CREATE TABLE district_registrations (
    district      TEXT    NOT NULL,
    year          INTEGER NOT NULL,
    registered    BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (district, year)
);
