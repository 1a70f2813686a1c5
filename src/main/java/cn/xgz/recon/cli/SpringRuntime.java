package cn.xgz.recon.cli;

import cn.xgz.recon.XgzApplication;
import cn.xgz.recon.common.InvalidSettingException;
import cn.xgz.recon.config.XgzProperties;
import cn.xgz.recon.reference.RegionTable;
import cn.xgz.recon.report.PoiTempFiles;
import cn.xgz.recon.store.StoreFault;
import cn.xgz.recon.store.StoreFaults;
import cn.xgz.recon.submission.Jurisdiction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/** Starts the Spring context of a batch command on a data directory. */
final class SpringRuntime {

    /**
     * {@code --spring.…=…} and {@code --xgz.…=…} arguments of this invocation (README: {@code
     * --spring.config.additional-location=file:/etc/xgz/}), taken off the command line before picocli sees it.
     */
    private static volatile List<String> settingArgs = List.of();

    private SpringRuntime() {}

    /** Splits the settings arguments off; the rest is the command line proper. */
    static String[] takeSettingArgs(String... args) {
        List<String> settings = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            (isSettingArg(a) ? settings : rest).add(a);
        }
        settingArgs = List.copyOf(settings);
        return rest.toArray(String[]::new);
    }

    static boolean isSettingArg(String a) {
        return (a.startsWith("--spring.") || a.startsWith("--xgz.")) && a.indexOf('=') > 2;
    }

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
                    .run(settingArgs.toArray(String[]::new));
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
            throw fault != null ? fault : settingProblem(e);
        }
    }

    /** Only the settings ({@code xgz.*}), for commands that need no store: read like {@link #start}'s. */
    @Configuration
    @EnableConfigurationProperties(XgzProperties.class)
    static class SettingsOnly {}

    /**
     * The settings as {@link #start} reads them (application.properties, the environment, the command line's
     * {@code --xgz.…=…} and {@code --spring.config.…}), without a store: a bad value fails the same way, with
     * {@link InvalidSettingException} (exit 2).
     */
    static XgzProperties settings() {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(settingArgs.toArray(String[]::new))) {
            return ctx.getBean(XgzProperties.class);
        } catch (RuntimeException e) {
            throw settingProblem(e);
        }
    }

    /**
     * xgz.jurisdiction checked as {@code half-year} checks it, so that a bad value stops a command before it does
     * anything: the message (naming the setting and the codes it may take), empty when the value is good.
     */
    static Optional<String> jurisdictionProblem(RegionTable regions, XgzProperties props) {
        try {
            Jurisdiction.of(regions, props.jurisdiction(), Jurisdiction.SETTING + "（环境变量 XGZ_JURISDICTION）");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("配置错误：" + e.getMessage());
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

    /**
     * A context that failed because of a setting fails with {@link InvalidSettingException} (exit 2, one Chinese
     * line); anything else is passed on unchanged.
     */
    static RuntimeException settingProblem(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidSettingException s) {
                return s;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException b && b.getProperty() != null) {
                Class<?> type = b.getTarget().getType().resolve(Object.class);
                String expected = type == double.class || type == Double.class ? "数字"
                        : type == int.class || type == long.class || type == Integer.class || type == Long.class ? "整数"
                        : type.getSimpleName() + " 类型的取值";
                return new InvalidSettingException(b.getName().toString(), b.getProperty().getValue(), "为" + expected);
            }
        }
        return e;
    }
}
