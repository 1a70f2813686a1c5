-- Findings per run, county, rule and status: what the workbooks' 趋势 sheet and 汇总's change column read for earlier
-- runs. A few hundred rows a run, however many findings, so thirty runs read back in milliseconds whatever stores
-- the findings themselves. COUNTY_CODE is '' for findings without a region.
CREATE TABLE RUN_FINDING_COUNTS (
    JOB_INSTANCE_ID BIGINT      NOT NULL,
    COUNTY_CODE     VARCHAR(12) NOT NULL,
    RULE_CODE       VARCHAR(3)  NOT NULL,
    NEW_COUNT       INT         NOT NULL,
    OPEN_COUNT      INT         NOT NULL,
    RESOLVED_COUNT  INT         NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, COUNTY_CODE, RULE_CODE)
);
