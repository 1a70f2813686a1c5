package cn.xgz.recon.schedule;

import java.io.IOException;
import java.util.List;

/** Starts one run of the launcher and waits for it: the seam that lets tests replace real processes. */
@FunctionalInterface
public interface ChildRunner {

    /**
     * Runs {@code command} to its end.
     *
     * @param label names the run in file names, e.g. {@code nightly-20250930T020000}
     * @return the exit code
     * @throws IOException when the process cannot be started
     */
    int run(List<String> command, String label) throws IOException, InterruptedException;
}
