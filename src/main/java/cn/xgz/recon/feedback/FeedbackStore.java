package cn.xgz.recon.feedback;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feedback in the history (V30): imports, reviews and match decisions. An import's rows are stored in one
 * transaction with its record, so a failed import leaves nothing and a completed one is there after a restart.
 */
public final class FeedbackStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public FeedbackStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A stored import: what import-summary.json and run-summary.json report. */
    public record ImportRecord(
            long importId,
            String fileName,
            String sha256,
            LocalDateTime importedAt,
            String scopeCode,
            boolean scopeSigned,
            int rowsRead,
            int rowsApplied,
            int rowsUnchanged,
            int rowsRejected,
            String folder) {}

    public Optional<ImportRecord> importWithSha(String sha256) {
        return jdbc.query("SELECT * FROM FEEDBACK_IMPORT WHERE SHA256 = ?", (rs, i) -> importOf(rs), sha256)
                .stream().findFirst();
    }

    /** Imports done in [from, to), oldest first. */
    public List<ImportRecord> importsBetween(Instant from, Instant to) {
        return jdbc.query("SELECT * FROM FEEDBACK_IMPORT WHERE IMPORTED_AT >= ? AND IMPORTED_AT < ? ORDER BY IMPORT_ID",
                (rs, i) -> importOf(rs), Timestamp.from(from), Timestamp.from(to));
    }

    public List<Review> reviews() {
        return jdbc.query("SELECT * FROM FINDING_REVIEW", (rs, i) -> new Review(rs.getString("FINDING_ID"),
                Outcome.parse(rs.getString("OUTCOME")).orElseThrow(), rs.getDate("REVIEW_DATE").toLocalDate(),
                rs.getString("REVIEW_UNIT"), rs.getString("REVIEW_NOTE"), rs.getLong("IMPORT_ID"), rs.getInt("SEQ"),
                (Long) rs.getObject("METRIC_AT_REVIEW", Long.class), rs.getString("BASIS_AT_REVIEW")));
    }

    public List<ManualMatch> matchDecisions() {
        return jdbc.query("SELECT * FROM MATCH_DECISION", (rs, i) -> new ManualMatch(
                NameSource.valueOf(rs.getString("NAME_SOURCE")), rs.getString("NORMALIZED_NAME"),
                rs.getString("NAME_TEXT"), MatchVerdict.parse(rs.getString("VERDICT")).orElseThrow(),
                rs.getString("USCC"), rs.getDate("DECIDED_ON").toLocalDate(), rs.getString("DECISION_UNIT"),
                rs.getLong("IMPORT_ID"), rs.getInt("SEQ")));
    }

    /** A row to store, with where it came from. */
    public record Located<T>(T value, String sheet, int row) {}

    /**
     * Stores an import with its reviews and decisions in one transaction and returns its id (the next in order).
     * The caller holds the data directory's run lock, so no other import takes the same id.
     */
    public long save(ImportRecord record, List<Located<Review>> reviews, List<Located<ManualMatch>> matches) {
        return tx.execute(s -> {
            long id = jdbc.queryForObject("SELECT COALESCE(MAX(IMPORT_ID), 0) + 1 FROM FEEDBACK_IMPORT", Long.class);
            jdbc.update("INSERT INTO FEEDBACK_IMPORT (IMPORT_ID, FILE_NAME, SHA256, IMPORTED_AT, SCOPE_CODE, SCOPE_SIGNED,"
                            + " ROWS_READ, ROWS_APPLIED, ROWS_UNCHANGED, ROWS_REJECTED, FOLDER) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    id, record.fileName(), record.sha256(), Timestamp.valueOf(record.importedAt()), record.scopeCode(),
                    record.scopeSigned(), record.rowsRead(), record.rowsApplied(), record.rowsUnchanged(),
                    record.rowsRejected(), record.folder());
            jdbc.batchUpdate("INSERT INTO FINDING_REVIEW (IMPORT_ID, SEQ, FINDING_ID, OUTCOME, REVIEW_DATE, REVIEW_UNIT,"
                            + " REVIEW_NOTE, METRIC_AT_REVIEW, BASIS_AT_REVIEW, SHEET_NAME, ROW_NO) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    reviews, 1000, (ps, l) -> {
                        Review r = l.value();
                        ps.setLong(1, id);
                        ps.setInt(2, r.seq());
                        ps.setString(3, r.findingId());
                        ps.setString(4, r.outcome().label());
                        ps.setDate(5, Date.valueOf(r.reviewDate()));
                        ps.setString(6, r.unit());
                        ps.setString(7, r.note());
                        ps.setObject(8, r.metricAtReview(), java.sql.Types.BIGINT);
                        ps.setString(9, r.basisAtReview());
                        ps.setString(10, l.sheet());
                        ps.setInt(11, l.row());
                    });
            jdbc.batchUpdate("INSERT INTO MATCH_DECISION (IMPORT_ID, SEQ, NAME_SOURCE, NORMALIZED_NAME, NAME_TEXT, VERDICT,"
                            + " USCC, DECIDED_ON, DECISION_UNIT, SHEET_NAME, ROW_NO) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    matches, 1000, (ps, l) -> {
                        ManualMatch m = l.value();
                        ps.setLong(1, id);
                        ps.setInt(2, m.seq());
                        ps.setString(3, m.source().name());
                        ps.setString(4, m.normalizedName());
                        ps.setString(5, m.nameText());
                        ps.setString(6, m.verdict().label());
                        ps.setString(7, m.uscc());
                        ps.setDate(8, Date.valueOf(m.decidedOn()));
                        ps.setString(9, m.unit());
                        ps.setString(10, l.sheet());
                        ps.setInt(11, l.row());
                    });
            return id;
        });
    }

    private static ImportRecord importOf(ResultSet rs) throws SQLException {
        return new ImportRecord(rs.getLong("IMPORT_ID"), rs.getString("FILE_NAME"), rs.getString("SHA256"),
                rs.getTimestamp("IMPORTED_AT").toLocalDateTime(), rs.getString("SCOPE_CODE"), rs.getBoolean("SCOPE_SIGNED"),
                rs.getInt("ROWS_READ"), rs.getInt("ROWS_APPLIED"), rs.getInt("ROWS_UNCHANGED"), rs.getInt("ROWS_REJECTED"),
                rs.getString("FOLDER"));
    }

    /** The instant of a stored local time (imports are stamped in the system zone, like run times). */
    public static Instant instantOf(LocalDateTime t) {
        return t.atZone(ZoneId.systemDefault()).toInstant();
    }
}
