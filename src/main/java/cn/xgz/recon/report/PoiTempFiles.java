package cn.xgz.recon.report;

import cn.xgz.recon.common.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI puts its temporary files (SXSSF's sheet data: with --reveal-pii, full names and ID numbers): an
 * owner-only folder in the data directory's work area instead of {@code java.io.tmpdir/poifiles}, emptied when a
 * command starts (what a crashed run left) and when it ends.
 */
public final class PoiTempFiles {

    private PoiTempFiles() {}

    /** The folder for {@code dataDir}. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("work").resolve("poi");
    }

    /** Removes what an earlier process left, then sends POI's temporary files to the (owner-only) folder. */
    public static void use(Path dataDir) throws IOException {
        Path dir = folder(dataDir);
        clean(dataDir);
        OwnerOnly.directory(dir.getParent());
        OwnerOnly.directory(dir);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
    }

    /** Deletes the folder's files (the folder stays, for the next use). */
    public static void clean(Path dataDir) throws IOException {
        Path dir = folder(dataDir);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
