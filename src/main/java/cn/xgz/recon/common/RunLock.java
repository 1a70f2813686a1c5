package cn.xgz.recon.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The data directory's run lock: an OS file lock on {@code <data-dir>/xgz.lock}, so a second run on the same
 * directory is refused while a killed process's lock vanishes with the process (a marker file would not).
 * The file's text says who holds it, for the refusal message and {@code status}.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE_NAME = "xgz.lock";

    /**
     * The lock files this process holds. OS record locks belong to the process, and closing any channel on the file
     * drops them all (even a read of its text), so a second attempt in the holding process is answered from here
     * without opening the file.
     */
    private static final Map<Path, RunLock> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;

    private RunLock(Path file, FileChannel channel, FileLock lock, String holder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /** Thrown when another process (or another run in this process) holds the lock. */
    public static final class HeldException extends Exception {
        private final String holder;

        HeldException(String holder) {
            super("另一个运行正在使用数据目录" + (holder.isBlank() ? "" : "（" + holder + "）") + "，请待其结束后再试");
            this.holder = holder;
        }

        /** What the holder wrote into the lock file (command, run date, pid, start time). */
        public String holder() {
            return holder;
        }
    }

    /** Takes the lock or fails at once; {@code description} is recorded for whoever is refused. */
    public static RunLock acquire(Path dataDir, String description) throws IOException, HeldException {
        Files.createDirectories(dataDir);
        Path file = dataDir.toRealPath().resolve(FILE_NAME);
        synchronized (HELD) {
            RunLock mine = HELD.get(file);
            if (mine != null) {
                throw new HeldException(mine.holder);
            }
            RunLock taken = take(file, description);
            HELD.put(file, taken);
            return taken;
        }
    }

    private static RunLock take(Path file, String description) throws IOException, HeldException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            String holder = readHolder(file);
            ch.close();
            throw new HeldException(holder);
        }
        String text = description + " · 进程 " + ProcessHandle.current().pid() + " · 开始于 "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(false);
        return new RunLock(file, ch, l, text);
    }

    /** Who holds the lock now, or empty when nobody does (the lock is probed, not taken). */
    public static java.util.Optional<String> currentHolder(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        synchronized (HELD) {
            try {
                RunLock mine = HELD.get(dataDir.toRealPath().resolve(FILE_NAME));
                if (mine != null) {
                    return java.util.Optional.of(mine.holder);
                }
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
            return probe(file);
        }
    }

    private static java.util.Optional<String> probe(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                return java.util.Optional.of(readHolder(file));
            }
            if (l == null) {
                return java.util.Optional.of(readHolder(file));
            }
            l.release();
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String readHolder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } finally {
                channel.close();
                HELD.remove(file, this);
            }
        }
    }
}
