package cn.xgz.recon.config;

import static cn.xgz.recon.common.InvalidSettingException.checkRange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code xgz.*} (application.properties; an operator overrides them with
 * {@code --spring.config.additional-location} or environment variables such as {@code XGZ_MATCH_THRESHOLD}).
 *
 * @param dataDir the data directory (set by the command line)
 * @param regionTable the jurisdiction's GB/T 2260 table, {@code classpath:} or a file path
 * @param provinceCode the province of the table
 * @param reportingUnit 填报单位 on the half-year form
 * @param jurisdiction whose half-year submission this installation makes: the province code (the default, also
 *     when blank) or a city code (env {@code XGZ_JURISDICTION}; {@code half-year --region} overrides it)
 */
@ConfigurationProperties(prefix = "xgz")
public record XgzProperties(
        String dataDir,
        String regionTable,
        String provinceCode,
        String reportingUnit,
        String jurisdiction,
        Match match,
        Limits limits,
        Ingest ingest) {

    /** Name resolution (rules.md): see {@link cn.xgz.recon.match.MatchSettings}. */
    public record Match(
            double threshold, double margin, int maxEdits, int minLength, int maxCandidates) {

        /** Checked here, where the setting's name is known, so a bad value is named to the operator (exit 2). */
        public Match {
            checkRange("xgz.match.threshold", threshold, 0, false, 1, true);
            checkRange("xgz.match.margin", margin, 0, true, 1, false);
            checkRange("xgz.match.max-edits", maxEdits, 1, 2);
            checkRange("xgz.match.min-length", minLength, 2, 100);
            checkRange("xgz.match.max-candidates", maxCandidates, 2, 100);
        }
    }

    /** Per-file input limits. */
    public record Limits(
            long maxFileBytes, long maxRows, int maxColumns, int maxCellChars, int maxLineBytes, int maxLinesPerRecord,
            @DefaultValue("536870912") long maxSharedStringsBytes) {

        public Limits {
            checkRange("xgz.limits.max-file-bytes", maxFileBytes, 1, Long.MAX_VALUE);
            checkRange("xgz.limits.max-rows", maxRows, 1, Long.MAX_VALUE);
            checkRange("xgz.limits.max-columns", maxColumns, 1, Integer.MAX_VALUE);
            checkRange("xgz.limits.max-cell-chars", maxCellChars, 1, Integer.MAX_VALUE);
            checkRange("xgz.limits.max-line-bytes", maxLineBytes, 1, Integer.MAX_VALUE);
            checkRange("xgz.limits.max-lines-per-record", maxLinesPerRecord, 1, Integer.MAX_VALUE);
        }

        public cn.xgz.recon.ingest.table.ReadLimits toReadLimits() {
            return new cn.xgz.recon.ingest.table.ReadLimits(
                    maxFileBytes, maxRows, maxColumns, maxCellChars, maxLineBytes, maxLinesPerRecord, maxSharedStringsBytes);
        }
    }

    /**
     * @param chunkSize rows per transaction in the ingest steps
     * @param maxDropPercent a source whose loaded rows fall by more than this against the previous successful run is
     *     incomplete (inputs.md)
     */
    public record Ingest(int chunkSize, @DefaultValue("20") int maxDropPercent) {

        public Ingest {
            checkRange("xgz.ingest.chunk-size", chunkSize, 1, 1_000_000);
            checkRange("xgz.ingest.max-drop-percent", maxDropPercent, 0, 100);
        }
    }
}
