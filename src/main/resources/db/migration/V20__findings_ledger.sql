-- The findings history as plain rows (outputs.md, "The store"): a ledger with one row per finding and run where
-- it changed. A row holds for the completed runs dated VALID_FROM <= RUN_DATE < VALID_TO (VALID_TO NULL: still
-- open in the latest run). A run writes rows only for findings that appeared, changed (metric, basis, name, region,
-- detail) or went away, so a night with a million unchanged open findings writes almost nothing.
-- Reporting tools read the views of V22 (V_FINDING_HISTORY and the others); this table is their source.
CREATE TABLE FINDING_LEDGER (
    FINDING_ID    VARCHAR NOT NULL, -- rule_code:subject_key, the same from run to run while the gap persists
    RULE_CODE     VARCHAR(3)   NOT NULL,
    SUBJECT_TYPE  VARCHAR(10)  NOT NULL,
    SUBJECT_KEY   VARCHAR NOT NULL,
    SUBJECT_NAME  VARCHAR,         -- a person's name is masked, as in findings.csv
    REGION_CODE   VARCHAR(12),
    MARKET_ID     VARCHAR,
    METRIC        BIGINT       NOT NULL,
    BASIS         VARCHAR,
    DETAIL        VARCHAR,
    FIRST_SEEN    DATE         NOT NULL,
    VALID_FROM    DATE         NOT NULL,
    VALID_TO      DATE,
    REVIEW        VARCHAR,         -- an analyst's verification result (feedback.md); NULL until reviewed
    PRIMARY KEY (FINDING_ID, VALID_FROM)
);
CREATE INDEX FINDING_LEDGER_OPEN ON FINDING_LEDGER (VALID_TO, RULE_CODE, REGION_CODE);

-- The rules a run did not run (a source was missing): their earlier open findings are carried, not resolved.
CREATE TABLE RUN_SKIPPED_RULE (
    JOB_INSTANCE_ID BIGINT     NOT NULL,
    RULE_CODE       VARCHAR(3) NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, RULE_CODE)
);

-- What a run's lifecycle step decided, held until the run completes: only then do its changes enter the ledger,
-- so a failed or abandoned run never changes the history another run compares with.
CREATE TABLE FINDING_PENDING_RUN (
    JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY,
    RUN_DATE        DATE   NOT NULL,
    BASE_RUN_DATE   DATE             -- the completed run the lifecycle compared with; NULL for the first run
);

-- The pending changes: OPENS = TRUE a finding (new or changed) that holds from the run on, FALSE one that ends.
CREATE TABLE FINDING_PENDING (
    JOB_INSTANCE_ID BIGINT       NOT NULL,
    FINDING_ID      VARCHAR NOT NULL,
    OPENS           BOOLEAN      NOT NULL,
    RULE_CODE       VARCHAR(3)   NOT NULL,
    SUBJECT_TYPE    VARCHAR(10),
    SUBJECT_KEY     VARCHAR NOT NULL,
    SUBJECT_NAME    VARCHAR,
    REGION_CODE     VARCHAR(12),
    MARKET_ID       VARCHAR,
    METRIC          BIGINT,
    BASIS           VARCHAR,
    DETAIL          VARCHAR,
    FIRST_SEEN      DATE,
    PRIMARY KEY (JOB_INSTANCE_ID, FINDING_ID)
);
