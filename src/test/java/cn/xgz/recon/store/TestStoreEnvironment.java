package cn.xgz.recon.store;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the {@code -Ppostgres} test profile, points every application context the tests start (in this JVM or a child
 * one) at the test PostgreSQL, one schema per data directory ({@link TestStores#urlFor}). Without
 * {@code XGZ_TEST_DB_URL} it does nothing: the product's own default, H2 in the data directory, applies.
 */
public final class TestStoreEnvironment implements EnvironmentPostProcessor {

    /** Set (as a property or XGZ_TEST_KEEP_DB_URL) by tests that choose the store themselves. */
    public static final String KEEP_PRODUCT_URL = "xgz.test.keep-db-url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("xgz.data-dir");
        if (!TestStores.onPostgres() || dataDir == null || environment.getProperty(KEEP_PRODUCT_URL) != null) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("xgz-test-store", Map.of(
                "xgz.db.url", TestStores.urlFor(Path.of(dataDir)),
                "xgz.db.user", TestStores.user(),
                "xgz.db.password", TestStores.password())));
    }
}
