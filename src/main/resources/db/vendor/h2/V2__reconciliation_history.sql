-- One row per completed nightly run date: the run that stands for that date. A rerun for the same date
-- replaces the row only when it completes, so a failed rerun never loses the earlier result.
CREATE TABLE RECON_RUN (
    RUN_DATE          DATE         NOT NULL PRIMARY KEY,
    JOB_INSTANCE_ID   BIGINT       NOT NULL,
    JOB_EXECUTION_ID  BIGINT       NOT NULL,
    INPUT_DIR         VARCHAR(2000),
    OUT_DIR           VARCHAR(2000),
    FINDING_COUNT     BIGINT       NOT NULL DEFAULT 0,
    REVEAL_PII        BOOLEAN      NOT NULL DEFAULT FALSE,
    STARTED_AT        TIMESTAMP(3) NOT NULL,
    FINISHED_AT       TIMESTAMP(3) NOT NULL
);

-- The findings of a run (with status and first_seen), as compressed parts: the lifecycle compares a run
-- with the latest earlier completed one. Row-wise inserts of millions of findings would dominate the
-- nightly window on H2, so a run's set is stored as a few ordered blobs.
-- Keyed by job instance: a run writes its parts before it completes, and they count only once RECON_RUN
-- points at the instance.
CREATE TABLE FINDING_SNAPSHOT (
    JOB_INSTANCE_ID BIGINT NOT NULL,
    PART            INT    NOT NULL,
    ROW_COUNT       INT    NOT NULL,
    CARRIED         BOOLEAN NOT NULL, -- open findings of a rule that did not run, kept for the next comparison only
    PAYLOAD         BLOB   NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, PART)
);

-- The half-year figures per county of a run, so the half-year job can submit a nightly run's figures.
CREATE TABLE COUNTY_FIGURES (
    JOB_INSTANCE_ID         BIGINT      NOT NULL,
    COUNTY_CODE             VARCHAR(6)  NOT NULL,
    MICRO_ENTERPRISES       INT NOT NULL,
    INDIVIDUAL_BUSINESSES   INT NOT NULL,
    MARKETS                 INT NOT NULL,
    ENTITIES_WITH_MEMBERS   INT NOT NULL,
    MEMBER_BASE             INT NOT NULL,
    ROSTER_MEMBERS          INT NOT NULL,
    COVERED_ENTITIES        INT NOT NULL,
    ORGS_SINGLE             INT NOT NULL,
    ORGS_JOINT              INT NOT NULL,
    ORGS_ATTACHED           INT NOT NULL,
    ORGS_SECTOR             INT NOT NULL,
    ELIGIBLE_ENTITIES       INT NOT NULL,
    ELIGIBLE_COVERED        INT NOT NULL,
    ENTITIES_BELOW_THREE    INT NOT NULL,
    COVERED_MARKETS         INT NOT NULL,
    RIDER_MEMBERS           INT NOT NULL,
    COVERED_STATIONS        INT NOT NULL,
    POCKET_MEMBERS          INT NOT NULL,
    HIDDEN_MEMBERS          INT NOT NULL,
    IN_SCOPE_ENTITIES       INT NOT NULL, -- divisor of 党组织覆盖率 (cooperatives in markets are in scope too)
    PRIMARY KEY (JOB_INSTANCE_ID, COUNTY_CODE)
);
