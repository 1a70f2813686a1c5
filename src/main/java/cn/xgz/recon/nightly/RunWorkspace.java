package cn.xgz.recon.nightly;

import cn.xgz.recon.common.OwnerOnly;
import java.io.IOException;
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

    private final Path dataDir;
    private final Path root;

    public RunWorkspace(@Value("${xgz.data-dir}") Path dataDir) {
        this.dataDir = dataDir;
        this.root = dataDir.resolve("work");
    }

    /** The data directory: it identifies the installation (see {@link cn.xgz.recon.output.RunFolder}). */
    public Path dataDir() {
        return dataDir;
    }

    public Path of(long jobInstanceId) {
        return root.resolve(Long.toString(jobInstanceId));
    }

    /** Creates the run's scratch folder, owner-only like the {@code work} folder above it (it holds raw IDs). */
    public Path create(long jobInstanceId) throws IOException {
        OwnerOnly.directory(root);
        return OwnerOnly.directory(of(jobInstanceId));
    }

    public void delete(long jobInstanceId) throws IOException {
        FileSystemUtils.deleteRecursively(of(jobInstanceId));
    }
}
