package cn.xgz.recon.feedback;

/**
 * One line of feedback-rejects.csv: a returned row (or a whole file) that was not applied, and why.
 *
 * @param sheet the sheet's name, blank for a CSV
 * @param row the row number as the analyst sees it (Excel row, or CSV line counting the header as 1); 0 for the file
 * @param column the column's header, blank when the reason concerns the row or the file
 * @param value the offending value as typed (written formula-safe)
 */
public record FeedbackReject(String file, String sheet, int row, String column, String reason, String value) {}
