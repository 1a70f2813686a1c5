package cn.xgz.recon.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.common.InvalidSettingException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notification against a local HTTP server (loopback only) and a local command. */
class NotifierTest {

    private static final RunNotice FAILED = new RunNotice("20251001-020000-3f2a", "nightly", "2025-10-01", 1,
            "退出码 1：作业失败", false, "运行失败于步骤 ingest：文件 /in/registrations.csv 无法读取，身份证号 11010519491231002X", null,
            0, List.of(), null);
    private static final RunNotice OK = new RunNotice("r", "nightly", "2025-10-01", 0, "退出码 0：成功", true, "运行完成",
            new RunNotice.Findings(3, 5, 2), 0, List.of(), "/out/2025-10-01");

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int... statuses) throws IOException {
        AtomicInteger call = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int i = call.getAndIncrement();
            int status = statuses[Math.min(i, statuses.length - 1)];
            if (status == 0) {
                try {
                    Thread.sleep(3000); // slower than the timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Test
    void postsTheNoticeAsJsonAndRetriesOnceWhenTheFirstAttemptFails() throws IOException {
        String url = serve(500, 200);
        boolean ok = new Notifier(new NotifySettings("", url, "failure", Duration.ofSeconds(5))).send(FAILED);
        assertThat(ok).isTrue();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).contains("\"exitCode\":1").contains("\"command\":\"nightly\"").contains("20251001-020000-3f2a");
        // Never personal data: the ID number in the message is masked; the path is left as it is.
        assertThat(bodies.get(1)).doesNotContain("11010519491231002X").contains("/in/registrations.csv");
    }

    @Test
    void givesUpAfterTheSecondAttemptAndATimeoutDoesNotHangTheRun() throws IOException {
        String url = serve(0, 0);
        long start = System.nanoTime();
        boolean ok = new Notifier(new NotifySettings("", url, "both", Duration.ofMillis(500))).send(FAILED);
        assertThat(ok).isFalse();
        assertThat(bodies).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void sendsOnlyForTheOutcomesAskedFor() throws IOException {
        String url = serve(200);
        assertThat(new Notifier(new NotifySettings("", url, "failure", Duration.ofSeconds(5))).send(OK)).isTrue();
        assertThat(bodies).isEmpty();
        new Notifier(new NotifySettings("", url, "success", Duration.ofSeconds(5))).send(OK);
        new Notifier(new NotifySettings("", url, "success", Duration.ofSeconds(5))).send(FAILED);
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0)).contains("\"newFindings\":3").contains("\"resolved\":2");
    }

    @Test
    void runsTheCommandWithTheNoticeOnItsInputAndTheExitCodeInItsEnvironment() throws IOException {
        Path got = tmp.resolve("notice.json");
        Path code = tmp.resolve("code.txt");
        String command = "cat > '" + got + "'; echo \"$XGZ_EXIT_CODE $XGZ_RUN_ID\" > '" + code + "'";
        assertThat(new Notifier(new NotifySettings(command, "", "failure", Duration.ofSeconds(10))).send(FAILED)).isTrue();
        assertThat(Files.readString(got)).contains("\"exitCode\":1").doesNotContain("11010519491231002X");
        assertThat(Files.readString(code).strip()).isEqualTo("1 20251001-020000-3f2a");
        assertThat(new Notifier(new NotifySettings("exit 3", "", "failure", Duration.ofSeconds(10))).send(FAILED)).isFalse();
    }

    @Test
    void aBadSettingIsNamed() {
        assertThatThrownBy(() -> new NotifySettings("", "ftp://x", "failure", Duration.ofSeconds(1)))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("xgz.notify.webhook");
        assertThatThrownBy(() -> new NotifySettings("", "", "always", Duration.ofSeconds(1)))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("xgz.notify.on");
    }
}
