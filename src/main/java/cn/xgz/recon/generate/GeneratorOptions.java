package cn.xgz.recon.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param entities number of registrations (经营主体); every other source scales with it
 * @param seed the same seed, size and options give byte-identical files
 * @param outDir folder the input files are written to (created when missing)
 * @param messy also write the damage real files contain (encodings, aliases, stray characters, bad rows)
 * @param xlsx write registrations, annual reports, members, markets and 美团 riders as .xlsx
 * @param asOf the date the data describes: annual-report years, future dates and probationary members are relative
 *     to it; pick the nightly run date you will test with (R13's required year turns on 1 July)
 * @param scope region code limiting where entities are registered: a city (350100), a county, or null / the
 *     province code for the whole province
 * @param missingReports the share (0–1) of active entities due a report that have not filed the required year's
 *     annual report (R13), as among 个体工商户 where a third is a real pattern; null for the generator's natural rate
 *     (about 5 %), which keeps the files byte-identical to those of earlier versions
 */
public record GeneratorOptions(
        long entities, long seed, Path outDir, boolean messy, boolean xlsx, LocalDate asOf, String scope,
        Double missingReports) {

    /** The run date of the public acceptance set, so generated data lines up with it by default. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 9, 30);
    /** Above this the person-number and trade-name spaces would run out. */
    public static final long MAX_ENTITIES = 40_000_000L;

    public GeneratorOptions {
        if (entities < 1 || entities > MAX_ENTITIES) {
            throw new IllegalArgumentException("entities 应在 1 到 " + MAX_ENTITIES + " 之间: " + entities);
        }
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(asOf, "asOf");
        if (missingReports != null && !(missingReports >= 0 && missingReports <= 1)) {
            throw new IllegalArgumentException("未报送年报比例应在 0 到 1 之间: " + missingReports);
        }
    }

    public GeneratorOptions(long entities, long seed, Path outDir, boolean messy, boolean xlsx, LocalDate asOf, String scope) {
        this(entities, seed, outDir, messy, xlsx, asOf, scope, null);
    }

    /** Province-wide data as of {@link #DEFAULT_AS_OF}. */
    public GeneratorOptions(long entities, long seed, Path outDir, boolean messy, boolean xlsx) {
        this(entities, seed, outDir, messy, xlsx, DEFAULT_AS_OF, null);
    }

    public GeneratorOptions withAsOf(LocalDate date) {
        return new GeneratorOptions(entities, seed, outDir, messy, xlsx, date, scope, missingReports);
    }

    public GeneratorOptions withScope(String regionCode) {
        return new GeneratorOptions(entities, seed, outDir, messy, xlsx, asOf, regionCode, missingReports);
    }

    public GeneratorOptions withMissingReports(Double share) {
        return new GeneratorOptions(entities, seed, outDir, messy, xlsx, asOf, scope, share);
    }
}
