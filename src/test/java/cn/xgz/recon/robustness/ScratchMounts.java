package cn.xgz.recon.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * Folders that refuse writes, for the output-failure tests: a read-only or tiny tmpfs where this process may mount
 * (root on Linux), else a folder without write permission (which root ignores). Unmounted on {@link #close()}.
 */
final class ScratchMounts implements AutoCloseable {

    private final Deque<Path> mounted = new ArrayDeque<>();

    /** Mounts a tmpfs with {@code options} at {@code dir}; false when this process may not mount. */
    boolean tmpfs(Path dir, String options) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        if (exec("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()) != 0) {
            return false;
        }
        mounted.push(dir);
        return true;
    }

    boolean remount(Path dir, String options) throws IOException, InterruptedException {
        return exec("mount", "-o", "remount," + options, dir.toString()) == 0;
    }

    /**
     * Makes {@code dir} a folder nothing can be written into: a read-only tmpfs when mounting is allowed, else mode
     * r-x. Returns false when neither stops this process (root without mount rights).
     */
    boolean unwritable(Path dir) throws IOException, InterruptedException {
        if (!tmpfs(dir, "ro,size=64k")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        Path probe = dir.resolve("probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return false;
        } catch (IOException expected) {
            return true;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        while (!mounted.isEmpty()) {
            Path dir = mounted.pop();
            if (exec("umount", dir.toString()) != 0) {
                exec("umount", "-l", dir.toString());
            }
        }
    }

    private static int exec(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return -1; // no such command
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
