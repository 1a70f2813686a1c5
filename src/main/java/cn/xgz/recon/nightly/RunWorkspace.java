package cn.xgz.recon.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The per-run scratch folder in the data directory, {@code work/<job instance>/}: the staged rows of each
 * source live there so a restarted run resumes without reading a committed row twice. Removed when the run
 * completes.
 */
@Component
public class RunWorkspace {

    private final Path root;

    public RunWorkspace(@Value("${xgz.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("work");
    }

    public Path of(long jobInstanceId) {
        return root.resolve(Long.toString(jobInstanceId));
    }

    public Path create(long jobInstanceId) throws IOException {
        return Files.createDirectories(of(jobInstanceId));
    }

    public void delete(long jobInstanceId) throws IOException {
        FileSystemUtils.deleteRecursively(of(jobInstanceId));
    }
}
