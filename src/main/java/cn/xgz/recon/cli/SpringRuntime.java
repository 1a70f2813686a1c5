package cn.xgz.recon.cli;

import cn.xgz.recon.XgzApplication;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context of a batch command on a data directory. */
final class SpringRuntime {

    private SpringRuntime() {}

    static ConfigurableApplicationContext start(Path dataDir, String... extraProperties) {
        String[] props = new String[extraProperties.length + 1];
        props[0] = "xgz.data-dir=" + dataDir;
        System.arraycopy(extraProperties, 0, props, 1, extraProperties.length);
        return new SpringApplicationBuilder(XgzApplication.class)
                .properties(props)
                .logStartupInfo(false)
                .run();
    }
}
