package cn.xgz.recon.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a folder the run must write into (the data directory) takes a file: tried before anything else starts, so
 * that a folder without write permission or on a full disk is one Chinese line naming it, not the stack traces of the
 * database and the log appender failing one after the other.
 */
public final class WritableFolder {

    /** Bytes the probe writes: a full disk refuses them, a nearly full one too. */
    private static final int PROBE_BYTES = 256 * 1024;

    private WritableFolder() {}

    /** Why {@code dir} cannot be written into, naming it as {@code what}; empty when a probe file could be written. */
    public static Optional<String> problem(Path dir, String what) {
        Path probe = dir.resolve(".xgz-write-probe");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(probe)) {
                out.write(new byte[PROBE_BYTES]);
            }
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // the folder refuses even this; the message below says why
            }
            String why = FileProblems.isFileSystemProblem(e) ? FileProblems.describe(e) : e.getClass().getSimpleName();
            return Optional.of(what + " " + dir + " 无法写入（" + why + "）。请检查该目录的权限与所在磁盘的剩余空间。");
        }
    }
}
