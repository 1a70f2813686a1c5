package cn.xgz.recon.notify;

import cn.xgz.recon.common.InvalidSettingException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * {@code xgz.notify.*}: who hears about a finished run. Either or both of a command (run by {@code sh -c} with the
 * run summary as JSON on its standard input) and a webhook (an HTTP POST of the same JSON); on failure only (the
 * default), on success only, or both.
 *
 * @param command e.g. {@code mail -s xgz ops@bureau}; empty: none
 * @param webhook e.g. {@code https://im.example/hook/xyz}; empty: none
 * @param on {@code failure}, {@code success} or {@code both}
 * @param timeout how long one attempt may take (the webhook is tried a second time once)
 */
public record NotifySettings(String command, String webhook, String on, Duration timeout) {

    public static final NotifySettings NONE = new NotifySettings("", "", "failure", Duration.ofSeconds(10));

    public NotifySettings {
        command = command == null ? "" : command.strip();
        webhook = webhook == null ? "" : webhook.strip();
        on = on == null || on.isBlank() ? "failure" : on.strip().toLowerCase(Locale.ROOT);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        if (!on.equals("failure") && !on.equals("success") && !on.equals("both")) {
            throw new InvalidSettingException("xgz.notify.on", on, "为 failure、success 或 both");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new InvalidSettingException("xgz.notify.timeout", timeout, "在 1 毫秒到 10 分钟之间（如 10s）");
        }
        if (!webhook.isEmpty()) {
            String scheme;
            try {
                scheme = URI.create(webhook).getScheme();
            } catch (IllegalArgumentException e) {
                scheme = null;
            }
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new InvalidSettingException("xgz.notify.webhook", webhook, "为 http:// 或 https:// 地址");
            }
        }
    }

    /** The settings of an application context's environment (properties, environment variables, --xgz.…). */
    public static NotifySettings from(Environment env) {
        try {
            return Binder.get(env).bind("xgz.notify", NotifySettings.class).orElse(NONE);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof InvalidSettingException s) {
                    throw s;
                }
            }
            throw e;
        }
    }

    /** Whether a run that ended this way is told. */
    public boolean wants(boolean success) {
        return (command.length() > 0 || webhook.length() > 0)
                && (on.equals("both") || on.equals(success ? "success" : "failure"));
    }
}
