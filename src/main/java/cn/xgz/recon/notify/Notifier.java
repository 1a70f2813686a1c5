package cn.xgz.recon.notify;

import cn.xgz.recon.common.PiiScrubber;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the configured command and webhook how a run ended ({@link NotifySettings}). The message is the run's outcome
 * in figures and one Chinese line with personal data masked: never names, ID or phone numbers. A notification that
 * cannot be delivered is logged and changes nothing about the run or its exit code.
 */
public final class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NotifySettings settings;

    public Notifier(NotifySettings settings) {
        this.settings = settings;
    }

    /**
     * Sends {@code summary} (figures and short texts only) when the settings want a run that ended this way.
     *
     * @return whether every configured channel took it
     */
    public boolean send(RunNotice notice) {
        if (!settings.wants(notice.success())) {
            return true;
        }
        String body;
        try {
            body = PiiScrubber.scrub(JSON.writeValueAsString(notice));
        } catch (IOException e) {
            log.warn("无法生成通知内容：{}", e.getMessage());
            return false;
        }
        boolean ok = true;
        if (!settings.webhook().isEmpty()) {
            ok &= post(body) || post(body); // one retry: a webhook that blinked gets a second chance
        }
        if (!settings.command().isEmpty()) {
            ok &= runCommand(body, notice);
        }
        return ok;
    }

    private boolean post(String body) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.webhook()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                log.info("已通知 webhook（HTTP {}）", response.statusCode());
                return true;
            }
            log.warn("webhook 通知未被接受：HTTP {}（{}）", response.statusCode(), host());
        } catch (IOException e) {
            log.warn("webhook 通知失败：{}（{}）", e.getClass().getSimpleName().equals("HttpTimeoutException") ? "超时" : e.getMessage(),
                    host());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private boolean runCommand(String body, RunNotice notice) {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", settings.command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("XGZ_RUN_ID", notice.runId());
        env.put("XGZ_COMMAND", notice.command());
        env.put("XGZ_EXIT_CODE", Integer.toString(notice.exitCode()));
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(body.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // a command that does not read its input still counts by its exit code
            }
            if (!p.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                log.warn("通知命令超过 {} 毫秒未结束，已停止", settings.timeout().toMillis());
                return false;
            }
            if (p.exitValue() != 0) {
                log.warn("通知命令以退出码 {} 结束", p.exitValue());
                return false;
            }
            log.info("已执行通知命令");
            return true;
        } catch (IOException e) {
            log.warn("无法执行通知命令：{}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String host() {
        return URI.create(settings.webhook()).getHost();
    }
}
