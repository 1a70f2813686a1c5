package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nightly run tells a webhook how it ended (xgz.notify.*), with figures and no personal data. */
class RunNotificationTest {

    @TempDir
    Path tmp;

    @Test
    void aRunPostsItsOutcomeWithoutPersonalData() throws Exception {
        Path input = tmp.resolve("in");
        assertThat(Main.execute("generate", "--entities", "300", "--seed", "3", "--out", input.toString())).isZero();
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        try {
            Console c = Console.run("nightly", "--input", input.toString(), "--out", tmp.resolve("out").toString(),
                    "--data-dir", tmp.resolve("data").toString(), "--date", "2025-09-30",
                    "--xgz.notify.webhook=http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "--xgz.notify.on=both");
            assertThat(c.exitCode()).as(c.toString()).isZero();
        } finally {
            server.stop(0);
        }
        assertThat(bodies).hasSize(1);
        JsonNode notice = new ObjectMapper().readTree(bodies.get(0));
        assertThat(notice.get("command").asText()).isEqualTo("nightly");
        assertThat(notice.get("exitCode").asInt()).isZero();
        assertThat(notice.get("findings").get("newFindings").asLong()).isPositive();
        assertThat(notice.get("output").asText()).endsWith("2025-09-30");
        // No party member's name, ID number or phone number.
        List<String> members = Files.readAllLines(input.resolve("party-members.csv"), StandardCharsets.UTF_8);
        String[] header = members.get(0).replace("\uFEFF", "").split(",");
        int name = java.util.Arrays.asList(header).indexOf("姓名");
        assertThat(name).isNotNegative();
        for (String row : members.subList(1, members.size())) {
            String n = row.split(",")[name];
            if (n.length() >= 2) {
                assertThat(bodies.get(0)).doesNotContain(n);
            }
        }
        // The temporary folder's name is random digits (sometimes 18 of them): the path is the operator's, not personal data.
        String withoutPaths = bodies.get(0).replace(tmp.toString(), "<tmp>");
        assertThat(withoutPaths).doesNotContainPattern("(?<!\\d)\\d{17}[\\dX](?!\\d)").doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    }

    @Test
    void aBadNotificationSettingIsRefusedBeforeTheRun() throws Exception {
        Path input = tmp.resolve("in");
        assertThat(Main.execute("generate", "--entities", "100", "--out", input.toString())).isZero();
        Console c = Console.run("nightly", "--input", input.toString(), "--out", tmp.resolve("out").toString(),
                "--data-dir", tmp.resolve("data").toString(), "--date", "2025-09-30", "--xgz.notify.on=sometimes");
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("xgz.notify.on");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
