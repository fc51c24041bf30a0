-- Membership growth in the three pilot regions, from the 2018 report on the regional pilot. The national row
-- (region_slug NULL) holds only the growth rate the report gives for the same year.
CREATE TABLE membership_growth (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    region_slug VARCHAR(120) NULL,
    label VARCHAR(120) NOT NULL,
    founding_cohort INT NULL,
    before_pilot INT NULL,
    after_pilot INT NULL,
    growth_percent DECIMAL(5,1) NULL,
    CONSTRAINT uk_membership_growth_region UNIQUE (region_slug)
) ENGINE=InnoDB;

INSERT INTO membership_growth (region_slug, label, founding_cohort, before_pilot, after_pilot, growth_percent) VALUES
 ('north-east-and-north-cumbria', 'North East and North Cumbria', 9, 130, 166, NULL),
 ('south-west-of-england', 'South West of England', 9, 118, 159, NULL),
 ('west-of-england', 'West of England', 11, 110, 158, NULL),
 (NULL, 'UK (national)', NULL, NULL, NULL, 20.0);
