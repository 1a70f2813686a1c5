package cn.xgz.recon.submission;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.FileDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * Writes a period's submission folder {@code <out>/half-year/<yyyy>H<n>/}: the printed form, the CSV, the
 * platforms CSV and {@code manifest.sha256} (in {@code sha256sum} format, so {@code sha256sum -c} checks it).
 * The folder is assembled under a temporary name and renamed when complete, so it appears whole or not at all;
 * an existing folder is never overwritten, and with {@code replace} it is first moved aside under a dated name.
 */
public final class HalfYearSubmissionWriter {

    public static final String FOLDER = "half-year";
    public static final String MANIFEST = "manifest.sha256";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final Clock clock;

    /** @param clock dates the name of a replaced submission */
    public HalfYearSubmissionWriter(Clock clock) {
        this.clock = clock;
    }

    /** The files of a written submission; {@code replaced} is where the earlier one went, null when there was none. */
    public record Written(Path folder, Path form, Path csv, Path platforms, Path manifest, Path replaced) {}

    public static Path periodFolder(Path out, Period p) {
        return out.resolve(FOLDER).resolve(p.toString());
    }

    public static String formFileName(Period p) {
        return "小个专及网约配送员党建数据-" + p + ".xlsx";
    }

    public static String csvFileName(Period p) {
        return "half-year-" + p + ".csv";
    }

    public static String platformsFileName(Period p) {
        return "half-year-" + p + "-platforms.csv";
    }

    /**
     * Writes the submission.
     *
     * @throws SubmissionExistsException when the period's folder exists and {@code replace} is false
     */
    public Written write(HalfYearSubmission s, Path out, boolean replace) throws IOException {
        Period p = s.period();
        Path folder = periodFolder(out, p);
        if (Files.exists(folder) && !replace) {
            throw new SubmissionExistsException(p, folder);
        }
        Path parent = Files.createDirectories(folder.getParent());
        Path staging = parent.resolve("." + p + ".partial");
        FileSystemUtils.deleteRecursively(staging); // left by a run that died half-way
        Files.createDirectories(staging);
        String form = formFileName(p);
        String csv = csvFileName(p);
        String platforms = platformsFileName(p);
        try {
            AtomicFiles.write(staging.resolve(form), o -> HalfYearForm.write(s, o));
            AtomicFiles.write(staging.resolve(csv), o -> HalfYearCsv.write(s, o));
            AtomicFiles.write(staging.resolve(platforms), o -> PlatformsCsv.write(s, o));
            StringBuilder manifestText = new StringBuilder();
            for (String name : List.of(form, csv, platforms)) {
                manifestText.append(sha256(staging.resolve(name))).append("  ").append(name).append('\n');
            }
            String manifest = manifestText.toString();
            AtomicFiles.write(staging.resolve(MANIFEST), o -> o.write(manifest.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            FileSystemUtils.deleteRecursively(staging);
            throw e;
        }
        Path aside = null;
        if (Files.exists(folder)) {
            aside = asideName(parent, p);
            Files.move(folder, aside);
        }
        try {
            move(staging, folder);
        } catch (IOException e) {
            if (aside != null) {
                Files.move(aside, folder); // put the earlier submission back: never leave the period without one
            }
            throw e;
        }
        return new Written(folder, folder.resolve(form), folder.resolve(csv), folder.resolve(platforms), folder.resolve(MANIFEST),
                aside);
    }

    /** {@code 2025H1.replaced-20260102T030000}, numbered when replaced twice in one second. */
    private Path asideName(Path parent, Period p) {
        String base = p + ".replaced-" + LocalDateTime.now(clock).format(STAMP);
        Path aside = parent.resolve(base);
        for (int i = 2; Files.exists(aside); i++) {
            aside = parent.resolve(base + "-" + i);
        }
        return aside;
    }

    static String sha256(Path file) throws IOException {
        return FileDigest.sha256(file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

}
