-- The 统一社会信用代码 of every registration of a completed nightly run (feedback.md: 指定主体 must name an entity
-- present in registrations). A returned file is imported between nights, when the run's staged rows are gone, so
-- the run keeps this list; imports read the latest run's. Sorted, 18 characters each without separator, in parts.
CREATE TABLE REGISTERED_USCC (
    JOB_INSTANCE_ID BIGINT           NOT NULL,
    PART            INT              NOT NULL,
    USCCS           VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, PART)
);
