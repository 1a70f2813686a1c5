-- Views for reporting tools (帆软 FineReport, Superset, plain SQL); README.md, "The history in SQL", shows queries.
-- Plain SQL that H2 and PostgreSQL both accept, so a query written against one runs on the other.

-- The ledger with what a reader asks of a row: the last completed run it was seen in, and the run date it was
-- resolved on (NULL while open, and for a row that ended only because the finding's metric or text changed).
CREATE VIEW V_FINDING_HISTORY AS
SELECT l.FINDING_ID, l.RULE_CODE, l.SUBJECT_TYPE, l.SUBJECT_KEY, l.SUBJECT_NAME, l.REGION_CODE, l.MARKET_ID,
       l.METRIC, l.BASIS, l.DETAIL, l.FIRST_SEEN, l.VALID_FROM, l.VALID_TO,
       (SELECT MAX(r.RUN_DATE) FROM RECON_RUN r
         WHERE r.RUN_DATE >= l.VALID_FROM AND (l.VALID_TO IS NULL OR r.RUN_DATE < l.VALID_TO)) AS LAST_SEEN,
       CASE WHEN l.VALID_TO IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM FINDING_LEDGER n WHERE n.FINDING_ID = l.FINDING_ID AND n.VALID_FROM = l.VALID_TO)
            THEN l.VALID_TO END AS RESOLVED_ON,
       l.REVIEW
  FROM FINDING_LEDGER l;

-- Open on a date: one row per completed run and finding open in it. STATUS is NEW on the run that first saw the
-- finding, OPEN after; CARRIED marks a finding kept open because its rule did not run that night (a source was
-- missing). For a calendar date without a run, take the latest run on or before it:
--   WHERE RUN_DATE = (SELECT MAX(RUN_DATE) FROM RECON_RUN WHERE RUN_DATE <= DATE '2025-10-01')
CREATE VIEW V_FINDINGS_OPEN_BY_RUN AS
SELECT r.RUN_DATE, l.FINDING_ID, l.RULE_CODE, l.SUBJECT_TYPE, l.SUBJECT_KEY, l.SUBJECT_NAME, l.REGION_CODE,
       l.MARKET_ID, l.METRIC, l.BASIS, l.DETAIL, l.FIRST_SEEN,
       CASE WHEN l.FIRST_SEEN = r.RUN_DATE THEN 'NEW' ELSE 'OPEN' END AS STATUS,
       CASE WHEN EXISTS (SELECT 1 FROM RUN_SKIPPED_RULE s
                          WHERE s.JOB_INSTANCE_ID = r.JOB_INSTANCE_ID AND s.RULE_CODE = l.RULE_CODE)
            THEN TRUE ELSE FALSE END AS CARRIED,
       l.REVIEW
  FROM RECON_RUN r
  JOIN FINDING_LEDGER l ON l.VALID_FROM <= r.RUN_DATE AND (l.VALID_TO IS NULL OR l.VALID_TO > r.RUN_DATE);

-- Time to resolve: one row per resolved finding (per episode: a finding that comes back is a new episode with a
-- new FIRST_SEEN), with the days from the first run that saw it to the run that no longer did.
CREATE VIEW V_FINDING_TIME_TO_RESOLVE AS
SELECT h.FINDING_ID, h.RULE_CODE, h.SUBJECT_TYPE, h.SUBJECT_KEY, h.REGION_CODE, h.FIRST_SEEN, h.LAST_SEEN,
       h.RESOLVED_ON, CAST(h.RESOLVED_ON - h.FIRST_SEEN AS INT) AS DAYS_TO_RESOLVE
  FROM V_FINDING_HISTORY h
 WHERE h.RESOLVED_ON IS NOT NULL;

-- County figures over time: the half-year figures of every completed run, with the rates of the form
-- (outputs.md: percent with one decimal, NULL where the divisor is 0).
CREATE VIEW V_COUNTY_FIGURES_BY_RUN AS
SELECT r.RUN_DATE, f.COUNTY_CODE, f.MICRO_ENTERPRISES, f.INDIVIDUAL_BUSINESSES, f.MARKETS, f.ENTITIES_WITH_MEMBERS,
       f.MEMBER_BASE, f.ROSTER_MEMBERS, f.COVERED_ENTITIES, f.ORGS_SINGLE, f.ORGS_JOINT, f.ORGS_ATTACHED,
       f.ORGS_SECTOR, f.ELIGIBLE_ENTITIES, f.ELIGIBLE_COVERED, f.ENTITIES_BELOW_THREE, f.COVERED_MARKETS,
       f.RIDER_MEMBERS, f.COVERED_STATIONS, f.POCKET_MEMBERS, f.HIDDEN_MEMBERS, f.IN_SCOPE_ENTITIES,
       ROUND(100.0 * f.COVERED_ENTITIES / NULLIF(f.IN_SCOPE_ENTITIES, 0), 1) AS COVERAGE_PCT,
       ROUND(100.0 * f.ELIGIBLE_COVERED / NULLIF(f.ELIGIBLE_ENTITIES, 0), 1) AS ELIGIBLE_BUILT_PCT,
       ROUND(100.0 * f.COVERED_MARKETS / NULLIF(f.MARKETS, 0), 1) AS MARKET_COVERAGE_PCT
  FROM RECON_RUN r
  JOIN COUNTY_FIGURES f ON f.JOB_INSTANCE_ID = r.JOB_INSTANCE_ID;
