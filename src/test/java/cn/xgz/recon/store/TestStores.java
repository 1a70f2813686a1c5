package cn.xgz.recon.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The store the tests run against: embedded H2 by default; with {@code XGZ_TEST_DB_URL} set (the {@code -Ppostgres}
 * profile), a PostgreSQL database in which every test store is a schema of its own, so tests never see each
 * other's history. A data directory maps to one schema (its path's hash): two runs on the same data directory share
 * a history exactly as they share an H2 file.
 */
public final class TestStores {

    /**
     * Prefix of the schemas the tests create; {@link DropTestSchemas} removes, when a test session ends, those of this
     * JVM and those whose data directory is gone (a concurrent session's live folders are left alone).
     */
    static final String SCHEMA_PREFIX = "xgzt_";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestStores() {}

    /** The PostgreSQL the tests run against, or null for H2. */
    public static String postgresUrl() {
        String url = System.getenv("XGZ_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            if (Boolean.getBoolean("xgz.test.require-postgres")) {
                throw new IllegalStateException("-Ppostgres 需要环境变量 XGZ_TEST_DB_URL，例如 jdbc:postgresql://127.0.0.1:5432/test");
            }
            return null;
        }
        return url;
    }

    public static boolean onPostgres() {
        return postgresUrl() != null;
    }

    /** A new empty store (no schema yet). */
    public static DataSource fresh() {
        if (!onPostgres()) {
            return new DriverManagerDataSource("jdbc:h2:mem:xgzt" + ProcessHandle.current().pid() + "_"
                    + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String schema = SCHEMA_PREFIX + "f" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        recreate(schema);
        return new DriverManagerDataSource(inSchema(schema), user(), password());
    }

    /** The store URL of a data directory: its H2 file, or its own schema of the test PostgreSQL. */
    public static String urlFor(Path dataDir) {
        if (!onPostgres()) {
            return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db/xgz") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        String schema = schemaOf(dataDir);
        // A data directory made afresh (a test's new folder) gets a fresh schema, as it would get a fresh H2 file;
        // the marker says the schema belongs to this folder. The comment lets DropTestSchemas find folders gone.
        Path marker = dataDir.resolve(".xgz-test-schema");
        if (!Files.exists(marker)) {
            recreate(schema);
            execute("COMMENT ON SCHEMA " + schema + " IS '" + dataDir.toAbsolutePath().normalize().toString().replace("'", "''") + "'");
            try {
                Files.createDirectories(dataDir);
                Files.writeString(marker, schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return inSchema(schema);
    }

    public static String user() {
        return onPostgres() ? System.getenv().getOrDefault("XGZ_TEST_DB_USER", "postgres") : "sa";
    }

    public static String password() {
        return onPostgres() ? System.getenv().getOrDefault("XGZ_TEST_DB_PASSWORD", "") : "";
    }

    public static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(urlFor(dataDir), user(), password());
    }

    static String schemaOf(Path dataDir) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return SCHEMA_PREFIX + HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String inSchema(String schema) {
        String url = postgresUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void recreate(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        execute("CREATE SCHEMA " + schema);
    }

    static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(postgresUrl(), user(), password());
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("测试数据库不可用（XGZ_TEST_DB_URL）：" + e.getMessage(), e);
        }
    }
}
