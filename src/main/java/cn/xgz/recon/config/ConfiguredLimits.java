package cn.xgz.recon.config;

import cn.xgz.recon.ingest.table.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The input limits {@code xgz.limits.*} as the nightly job sees them (application.properties, overridden by system
 * properties and environment variables such as {@code XGZ_LIMITS_MAXROWS}), for {@code validate}, which starts no
 * application context: without it, validate checked against built-in defaults that differ from the job's.
 */
public final class ConfiguredLimits {

    private ConfiguredLimits() {}

    public static ReadLimits load() {
        StandardEnvironment env = new StandardEnvironment();
        try {
            env.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置配置 application.properties", e);
        }
        return Binder.get(env).bind("xgz.limits", XgzProperties.Limits.class)
                .map(XgzProperties.Limits::toReadLimits)
                .orElseGet(ReadLimits::defaults);
    }
}
