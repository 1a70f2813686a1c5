package cn.xgz.recon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} / {@code -V} prints on every command: the version and the build time (build-info). */
final class VersionInfo implements IVersionProvider {

    static final String NAME = "xgz-recon";

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }

    /** {@code xgz-recon 0.1.0-SNAPSHOT（构建于 2026-12-04T09:55:12Z）}. */
    static String line() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": --version must answer even from a damaged build.
        }
        String version = p.getProperty("build.version", "（版本未知：非正式构建）");
        String time = p.getProperty("build.time");
        return NAME + " " + version + (time == null ? "" : "（构建于 " + time + "）");
    }
}
