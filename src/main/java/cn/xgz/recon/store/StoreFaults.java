package cn.xgz.recon.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns what JDBC, the pool and Flyway throw when the store cannot be opened into a {@link StoreFault} that names
 * the setting to fix. The database's own message is kept only where it holds no secret (PostgreSQL's and H2's
 * messages name the user, never the password).
 */
public final class StoreFaults {

    private StoreFaults() {}

    /** The fault behind a failed start, or null when the failure is not about the store. */
    public static StoreFault of(Throwable failure, String url) {
        String where = displayUrl(url);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreFault f) {
                return f;
            }
            if (t instanceof SQLException e && e.getSQLState() != null) {
                String state = e.getSQLState();
                if (state.startsWith("28")) {
                    return new StoreFault(StoreFault.SETTING_ERROR, "数据库拒绝登录（" + where
                            + "）：请检查设置 xgz.db.user 与 xgz.db.password（环境变量 XGZ_DB_USER、XGZ_DB_PASSWORD）", failure);
                }
                if ("3D000".equals(state) || "90146".equals(state)) {
                    return new StoreFault(StoreFault.SETTING_ERROR, "数据库不存在（" + where
                            + "）：请检查设置 xgz.db.url（环境变量 XGZ_DB_URL），并先建好该数据库", failure);
                }
                if (state.startsWith("08")) {
                    return unreachable(where, failure);
                }
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return unreachable(where, failure);
            }
            String m = t.getMessage();
            if (m != null && (m.contains("Driver claims to not accept jdbcUrl") || m.contains("No suitable driver"))) {
                return new StoreFault(StoreFault.SETTING_ERROR, "数据库地址无法识别（" + where
                        + "）：设置 xgz.db.url（环境变量 XGZ_DB_URL）应形如 jdbc:postgresql://主机:5432/数据库名", failure);
            }
        }
        return null;
    }

    private static StoreFault unreachable(String where, Throwable failure) {
        return new StoreFault(StoreFault.UNAVAILABLE, "无法连接数据库服务器（" + where
                + "）：请确认服务器已启动、网络可达，并检查设置 xgz.db.url（环境变量 XGZ_DB_URL）；修复后重新执行即可", failure);
    }

    /** The URL as it may be shown: no user information and no parameters (either may hold a password). */
    static String displayUrl(String url) {
        if (url == null || url.isBlank()) {
            return "xgz.db.url 未设置";
        }
        String u = url;
        int q = indexOfAny(u, '?', ';');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        int scheme = u.indexOf("//");
        int at = u.indexOf('@');
        if (scheme >= 0 && at > scheme) {
            u = u.substring(0, scheme + 2) + u.substring(at + 1);
        }
        return "xgz.db.url = " + u;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
