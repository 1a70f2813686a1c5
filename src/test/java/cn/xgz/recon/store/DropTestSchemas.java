package cn.xgz.recon.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Removes the test schemas of finished tests from the test PostgreSQL when a session ends, so it does not fill up. */
public final class DropTestSchemas implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!TestStores.onPostgres()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(TestStores.postgresUrl(), TestStores.user(), TestStores.password());
                Statement st = c.createStatement()) {
            List<String> schemas = new ArrayList<>();
            String mine = TestStores.SCHEMA_PREFIX + "f" + ProcessHandle.current().pid() + "_";
            try (ResultSet rs = st.executeQuery("SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace"
                    + " WHERE nspname LIKE '" + TestStores.SCHEMA_PREFIX + "%'")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String folder = rs.getString(2);
                    if (name.startsWith(mine) || folder != null && !Files.exists(Path.of(folder))) {
                        schemas.add(name);
                    }
                }
            }
            for (String s : schemas) {
                st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("测试结束时未能删除测试用 schema：" + e.getMessage());
        }
    }
}
