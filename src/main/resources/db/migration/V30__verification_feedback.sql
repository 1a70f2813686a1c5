-- 核查反馈 (feedback.md): what analysts returned, as plain rows a reporting tool can query. Nothing here is ever
-- updated or deleted: a later review or decision is a new row, and the run picks the one in force by date.

-- Every returned file imported, identified by its SHA-256 so that importing the same file again changes nothing.
CREATE TABLE FEEDBACK_IMPORT (
    IMPORT_ID       BIGINT       NOT NULL PRIMARY KEY, -- in import order: a later import wins on the same 核查日期
    FILE_NAME       VARCHAR(1000) NOT NULL,
    SHA256          VARCHAR(64)  NOT NULL,
    IMPORTED_AT     TIMESTAMP(3) NOT NULL,
    SCOPE_CODE      VARCHAR(12)  NOT NULL,             -- the city (or province) the file's rows may touch
    SCOPE_SIGNED    BOOLEAN      NOT NULL,             -- TRUE: the workbook's signature; FALSE: --scope of the operator
    ROWS_READ       INT          NOT NULL,
    ROWS_APPLIED    INT          NOT NULL,
    ROWS_UNCHANGED  INT          NOT NULL,
    ROWS_REJECTED   INT          NOT NULL,
    FOLDER          VARCHAR(2000) NOT NULL,            -- <data-dir>/feedback/<time>-<sha8>/ with the original file
    CONSTRAINT FEEDBACK_IMPORT_SHA256 UNIQUE (SHA256)
);

-- One analyst's review of one finding (核查结论 and the rest as typed).
CREATE TABLE FINDING_REVIEW (
    IMPORT_ID        BIGINT       NOT NULL,
    SEQ              INT          NOT NULL,            -- the row's order in its file: a later row wins in one import
    FINDING_ID       VARCHAR(200) NOT NULL,            -- rule_code:subject_key
    OUTCOME          VARCHAR(8)   NOT NULL,            -- 属实 / 暂缓核查 / 已整改 / 不属实
    REVIEW_DATE      DATE         NOT NULL,            -- 核查日期
    REVIEW_UNIT      VARCHAR,                          -- 核查单位, free text
    REVIEW_NOTE      VARCHAR,                          -- 核查说明, free text
    METRIC_AT_REVIEW BIGINT,                           -- the finding's metric in the latest run on or before 核查日期
    BASIS_AT_REVIEW  VARCHAR(200),                     -- and its basis: an exclusion lapses when either changes
    SHEET_NAME       VARCHAR(100),
    ROW_NO           INT          NOT NULL,
    PRIMARY KEY (IMPORT_ID, SEQ)
);
CREATE INDEX FINDING_REVIEW_BY_FINDING ON FINDING_REVIEW (FINDING_ID, REVIEW_DATE);

-- A manual match decision (人工确认) on a name, keyed by its source and normalised form.
CREATE TABLE MATCH_DECISION (
    IMPORT_ID        BIGINT       NOT NULL,
    SEQ              INT          NOT NULL,
    NAME_SOURCE      VARCHAR(20)  NOT NULL,            -- MEMBER_WORKPLACE (党员工作单位) / ORG_COVERED (党组织覆盖单位)
    NORMALIZED_NAME  VARCHAR(500) NOT NULL,
    NAME_TEXT        VARCHAR(500) NOT NULL,
    VERDICT          VARCHAR(8)   NOT NULL,            -- 确认匹配 / 否定匹配 / 指定主体
    USCC             VARCHAR(18)  NOT NULL,            -- the pair confirmed or forbidden, or the assigned entity
    DECIDED_ON       DATE         NOT NULL,            -- 核查日期
    DECISION_UNIT    VARCHAR,                          -- 核查单位, free text
    SHEET_NAME       VARCHAR(100),
    ROW_NO           INT          NOT NULL,
    PRIMARY KEY (IMPORT_ID, SEQ)
);
CREATE INDEX MATCH_DECISION_BY_NAME ON MATCH_DECISION (NAME_SOURCE, NORMALIZED_NAME);
