package cn.xgz.recon.store;

import cn.xgz.recon.lifecycle.SnapshotHistoryMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The store's schema, the same on H2 and PostgreSQL: the common migrations ({@code db/migration}, SQL both accept),
 * the few that must differ per database ({@code db/vendor/h2}, {@code db/vendor/postgresql}), and the Java ones.
 * Used by the application context and by {@code store-copy}, so both build exactly one schema.
 */
public final class StoreMigrations {

    private StoreMigrations() {}

    /** Sets where the migrations are, for the database behind the configuration's data source. */
    public static FluentConfiguration apply(FluentConfiguration config) {
        return config.locations("classpath:db/migration", "classpath:db/vendor/" + vendor(config.getDataSource()))
                .javaMigrations(new SnapshotHistoryMigration());
    }

    /** A Flyway for a data source outside the application context (store-copy, tests). */
    public static Flyway flyway(DataSource dataSource) {
        return apply(Flyway.configure().dataSource(dataSource)).load();
    }

    /** Brings the schema up to date, refusing a database that a newer program has already migrated further. */
    public static void migrate(Flyway flyway) {
        MigrationInfo[] future = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            MigrationInfo newest = future[future.length - 1];
            MigrationInfo known = flyway.info().current();
            throw new StoreFault(StoreFault.SETTING_ERROR, "数据库（设置 xgz.db.url）的结构版本为 " + newest.getVersion()
                    + "，比本程序支持的版本新（本程序最高为 " + latestKnown(flyway, known) + "）：它已被更新版本的程序使用。"
                    + "请使用更新版本的程序，或将 xgz.db.url 指向本版本的数据库。", null);
        }
        flyway.migrate();
    }

    private static String latestKnown(Flyway flyway, MigrationInfo fallback) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion() == null ? "" : m.getVersion().toString())
                .reduce((a, b) -> b)
                .orElse(fallback == null ? "?" : String.valueOf(fallback.getVersion()));
    }

    /** {@code h2} or {@code postgresql}: the folder of the migrations that differ. */
    static String vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("h2") ? "h2" : "postgresql";
        } catch (SQLException e) {
            throw new org.flywaydb.core.api.FlywayException("无法连接数据库", e);
        }
    }
}
