-- Who leads which brand, from brand.events, so that a brand leader schedules only under their own brands.
CREATE TABLE known_brand_leader (
    brand_id      UUID NOT NULL,
    volunteer_id  UUID NOT NULL,
    PRIMARY KEY (brand_id, volunteer_id)
);
