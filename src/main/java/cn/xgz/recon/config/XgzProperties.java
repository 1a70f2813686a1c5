package cn.xgz.recon.config;

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
            double threshold, double margin, int maxEdits, int minLength, int maxCandidates) {}

    /** Per-file input limits. */
    public record Limits(
            long maxFileBytes, long maxRows, int maxColumns, int maxCellChars, int maxLineBytes, int maxLinesPerRecord,
            @DefaultValue("536870912") long maxSharedStringsBytes) {

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
    public record Ingest(int chunkSize, @DefaultValue("20") int maxDropPercent) {}
}
