package cn.xgz.recon.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run folder {@code OUT/<date>} and how a run replaces it: the run builds {@code OUT/.<date>.building-<id>}
 * beside it and swaps it in at the end, so a rerun killed at any point leaves the previous folder whole. The swap
 * is two renames ({@code OUT/<date>} → {@code .<date>.previous-<id>}, then the new folder → {@code OUT/<date>}); a
 * crash between them is undone at the next start by {@link #recover}. A hidden marker names the installation (its
 * data directory) that wrote the folder, so a second installation cannot overwrite it unnoticed; {@code <id>} is
 * that installation's, so two installations never share a folder under construction either.
 */
public final class RunFolder {

    /** The marker inside a run folder: the data directory of the installation that wrote it. */
    public static final String OWNER_FILE = ".xgz-owner";

    private RunFolder() {}

    /** {@code OUT/<date>}: what operators read. */
    public static Path published(Path out, LocalDate date) {
        return out.resolve(date.toString());
    }

    /** Where this installation builds the run folder for {@code date}. */
    public static Path building(Path out, LocalDate date, Path dataDir) {
        return out.resolve("." + date + ".building-" + id(dataDir));
    }

    private static Path previous(Path out, LocalDate date, Path dataDir) {
        return out.resolve("." + date + ".previous-" + id(dataDir));
    }

    /** The installation as the marker names it: its data directory. */
    static String installation(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().toString();
    }

    /**
     * Why this installation must not write {@code OUT/<date>}: another installation's marker is in it. Empty when the
     * folder is absent, unmarked (written before markers existed) or this installation's.
     */
    public static Optional<String> ownerConflict(Path out, LocalDate date, Path dataDir) {
        Path marker = published(out, date).resolve(OWNER_FILE);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        String owner;
        try {
            owner = Files.readString(marker, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (owner.isEmpty() || owner.equals(installation(dataDir))) {
            return Optional.empty();
        }
        return Optional.of("输出目录 " + published(out, date) + " 由另一个安装（数据目录 " + owner
                + "）写入，拒绝覆盖：每个安装请使用各自的 --out 目录");
    }

    /**
     * Starts building the run folder: undoes a swap a crash interrupted, then empties (when {@code fresh}) or keeps
     * (a restart) the folder under construction, and marks it as this installation's.
     */
    public static Path prepare(Path out, LocalDate date, Path dataDir, boolean fresh) throws IOException {
        recover(out, date, dataDir);
        Path building = building(out, date, dataDir);
        if (fresh) {
            deleteTree(building);
        }
        Files.createDirectories(building);
        Files.writeString(building.resolve(OWNER_FILE), installation(dataDir) + "\n", StandardCharsets.UTF_8);
        return building;
    }

    /**
     * Makes the folder built for {@code date} the run folder, replacing the previous one. Idempotent: once swapped, a
     * second call (a restarted finish) finds nothing to do.
     *
     * @throws IOException when another installation's run folder is there, or a rename fails (the previous folder is
     *     then back in place or still whole beside it)
     */
    public static void publish(Path out, LocalDate date, Path dataDir) throws IOException {
        recover(out, date, dataDir);
        Path building = building(out, date, dataDir);
        if (!Files.isDirectory(building)) {
            return;
        }
        Optional<String> conflict = ownerConflict(out, date, dataDir);
        if (conflict.isPresent()) {
            throw new IOException(conflict.get());
        }
        Path target = published(out, date);
        Path previous = previous(out, date, dataDir);
        if (Files.exists(target)) {
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
    }

    /**
     * Finishes or undoes a swap that a crash interrupted: with no run folder but the previous one beside it, the
     * previous one is put back; with both, the previous one is removed.
     */
    public static void recover(Path out, LocalDate date, Path dataDir) throws IOException {
        Path previous = previous(out, date, dataDir);
        if (!Files.exists(previous)) {
            return;
        }
        Path target = published(out, date);
        if (Files.exists(target)) {
            deleteTree(previous);
        } else {
            Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static String id(Path dataDir) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(installation(dataDir).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
