-- The half-year platform sheet per run: per county and platform, riders, party members among them, stations
-- and stations with a party organisation (outputs.md, 半年报送).
CREATE TABLE PLATFORM_FIGURES (
    JOB_INSTANCE_ID   BIGINT       NOT NULL,
    COUNTY_CODE       VARCHAR(6)   NOT NULL,
    PLATFORM          VARCHAR(200) NOT NULL,
    RIDERS            INT NOT NULL,
    RIDER_MEMBERS     INT NOT NULL,
    STATIONS          INT NOT NULL,
    COVERED_STATIONS  INT NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, COUNTY_CODE, PLATFORM)
);

-- The sources a run had no file of: the half-year columns that need them are blank, not 0. A run stored
-- before this table existed has no rows here, i.e. every source counted as present (as it was reported then).
CREATE TABLE RUN_ABSENT_SOURCE (
    JOB_INSTANCE_ID BIGINT      NOT NULL,
    SOURCE          VARCHAR(40) NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, SOURCE)
);
