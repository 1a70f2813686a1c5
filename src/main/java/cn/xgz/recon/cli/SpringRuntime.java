package cn.xgz.recon.cli;

import cn.xgz.recon.XgzApplication;
import cn.xgz.recon.report.PoiTempFiles;
import cn.xgz.recon.store.StoreFault;
import cn.xgz.recon.store.StoreFaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Starts the Spring context of a batch command on a data directory. */
final class SpringRuntime {

    private SpringRuntime() {}

    static ConfigurableApplicationContext start(Path dataDir, String... extraProperties) {
        String[] props = new String[extraProperties.length + 1];
        props[0] = "xgz.data-dir=" + dataDir;
        System.arraycopy(extraProperties, 0, props, 1, extraProperties.length);
        try {
            PoiTempFiles.use(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法准备临时文件目录 " + PoiTempFiles.folder(dataDir), e);
        }
        try {
            ConfigurableApplicationContext ctx = new SpringApplicationBuilder(XgzApplication.class)
                    .properties(props)
                    .logStartupInfo(false)
                    .run();
            // POI's temporary files may hold personal data: none outlives the command.
            ctx.addApplicationListener((ContextClosedEvent e) -> {
                try {
                    PoiTempFiles.clean(dataDir);
                } catch (IOException ignored) {
                    // removed at the next start
                }
            });
            return ctx;
        } catch (RuntimeException e) {
            // A store that cannot be opened is an operator's matter: say which setting, not a stack trace.
            StoreFault fault = StoreFaults.of(e, storeUrl());
            throw fault != null ? fault : e;
        }
    }

    /** Whether the store is the embedded H2 file in the data directory (no xgz.db.url given). */
    static boolean embeddedStore() {
        return System.getProperty("xgz.db.url") == null && System.getenv("XGZ_DB_URL") == null;
    }

    /** The store URL the context was started with (the operator's setting; the default needs no explanation). */
    private static String storeUrl() {
        String url = System.getProperty("xgz.db.url");
        return url != null ? url : System.getenv().getOrDefault("XGZ_DB_URL", "jdbc:h2:file:<数据目录>/db/xgz");
    }
}
