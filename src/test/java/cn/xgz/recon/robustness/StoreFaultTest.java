package cn.xgz.recon.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.store.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be used stops the command with a Chinese message naming the setting to fix: exit 2 for a
 * setting an operator must change (wrong password, a schema from a newer program), exit 1 for a server that may be
 * back later; never a stack trace on the console, never the password in the console or the log.
 */
@Tag("long") // child JVMs: runs in verify (failsafe), not in the fast mvn test
class StoreFaultTest {

    private static final String PASSWORD = "s3cret-Pw-42";

    @TempDir
    Path dir;

    /** A child whose store settings are the given ones, not the test profile's. */
    private static ChildJvm child() {
        return ChildJvm.withTestSecret().env("XGZ_TEST_KEEP_DB_URL", "true");
    }

    @Test
    void anUnreachableServerExits1NamingTheUrlSetting() throws Exception {
        Path data = dir.resolve("data");
        ChildJvm.Result r = child().env("XGZ_DB_URL", "jdbc:postgresql://127.0.0.1:1/xgz?password=" + PASSWORD)
                .env("XGZ_DB_USER", "xgz").run("status", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stderr()).contains("无法连接数据库服务器", "xgz.db.url = jdbc:postgresql://127.0.0.1:1/xgz", "XGZ_DB_URL");
        assertNoTraceNorPassword(r, data);
    }

    @Test
    void aWrongPasswordExits2NamingTheUserAndPasswordSettings() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data/db")).getParent();
        // The store exists (made by a first command with the right password), then the password is wrong.
        String url = "jdbc:h2:file:" + data.resolve("db/xgz") + ";DB_CLOSE_ON_EXIT=FALSE";
        assertThat(child().env("XGZ_DB_URL", url).run("status", "--data-dir", data.toString()).exitCode()).isZero();
        ChildJvm.Result r = child().env("XGZ_DB_URL", url).env("XGZ_DB_PASSWORD", PASSWORD)
                .run("status", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("数据库拒绝登录", "xgz.db.user", "xgz.db.password", "XGZ_DB_PASSWORD");
        assertNoTraceNorPassword(r, data);
    }

    @Test
    void aSchemaFromANewerProgramExits2NamingTheSetting() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data/db")).getParent();
        ChildJvm.Result first = ChildJvm.withTestSecret().run("status", "--data-dir", data.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        try (Connection c = TestStores.connect(data); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from a newer program', 'SQL', 'V999__x.sql', 0, 'x', CURRENT_TIMESTAMP, 0, TRUE)");
        }
        ChildJvm.Result r = ChildJvm.withTestSecret().run("status", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("结构版本为 999", "比本程序支持的版本新", "xgz.db.url");
        assertThat(RunFiles.stackTraceLines(r.console())).isEmpty();
    }

    private static void assertNoTraceNorPassword(ChildJvm.Result r, Path data) throws Exception {
        assertThat(RunFiles.stackTraceLines(r.console())).isEmpty();
        assertThat(r.console()).doesNotContain(PASSWORD);
        Path logs = data.resolve("logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.walk(logs)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain(PASSWORD);
                }
            }
        }
    }
}
