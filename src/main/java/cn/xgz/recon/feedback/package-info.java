/**
 * 核查反馈 (feedback.md): what analysts record on returned workbooks and CSVs — reviews of findings and decisions
 * on name matches — read, checked against the history and the file's scope, stored, and turned into what a run
 * shows (the review in force, 整改逾期, exclusions and their lapse). Plain code; the store is JDBC on the history.
 */
package cn.xgz.recon.feedback;
