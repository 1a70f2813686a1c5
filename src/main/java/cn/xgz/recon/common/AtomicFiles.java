package cn.xgz.recon.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that appear whole or not at all: written under a temporary name in the same folder, then renamed.
 * A crash leaves at most a {@code .tmp} file, never a partial file under the final name.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically; on failure the temporary file is removed and nothing is renamed. A failure of
     * the file system (disk full, no permission, read-only) is rethrown with a Chinese message naming the target.
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Like {@link #write(Path, Content)}, and when {@code ownerOnly} the file is readable and writable by its owner
     * only (0600) from the moment it is created, for personal data shown unmasked; on a file system without POSIX
     * permissions the flag has no effect.
     */
    public static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            if (ownerOnly) {
                Files.deleteIfExists(tmp);
                createOwnerOnly(tmp);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            move(tmp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            if (e instanceof IOException io && FileProblems.isFileSystemProblem(io)) {
                throw new IOException("无法写入 " + target + "：" + FileProblems.describe(io), e);
            }
            throw e;
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the write already failed; a leftover dot-file is never taken for an output
        }
    }

    /** Renames {@code tmp} to {@code target}, atomically where the file system allows. */
    public static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
