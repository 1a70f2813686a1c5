package cn.xgz.recon.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Chinese wording for the file-system failures an operator can fix (no permission, read-only, disk full), in place of
 * the JDK's English messages that name only a path or only the OS error.
 */
public final class FileProblems {

    private FileProblems() {}

    /** Whether the failure is the file system's (a {@link FileSystemException}, or a stream's write on a full disk). */
    public static boolean isFileSystemProblem(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return e instanceof FileSystemException || m.contains("no space left") || m.contains("quota");
    }

    /** What went wrong, in Chinese, naming the file where the exception knows it. */
    public static String describe(IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : "";
        String text = (reason + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        String file = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : null;
        String where = file == null ? "" : "：" + file;
        if (text.contains("no space left")) {
            return "磁盘空间已满" + where;
        }
        if (text.contains("quota")) {
            return "磁盘配额已用完" + where;
        }
        if (text.contains("read-only file system")) {
            return "文件系统为只读，无法写入" + where;
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied")) {
            return "没有写入权限" + where;
        }
        if (e instanceof NoSuchFileException) {
            return "路径不存在" + where;
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return "路径已存在且不是目录" + where;
        }
        return PiiScrubber.scrub(String.valueOf(e.getMessage()));
    }
}
