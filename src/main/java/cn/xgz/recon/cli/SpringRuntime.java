package cn.xgz.recon.cli;

import cn.xgz.recon.XgzApplication;
import cn.xgz.recon.report.PoiTempFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
    }
}
