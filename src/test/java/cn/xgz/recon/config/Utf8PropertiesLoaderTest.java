package cn.xgz.recon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** Chinese settings read as UTF-8 from application.properties and from an operator's additional config file. */
class Utf8PropertiesLoaderTest {

    /** No beans: only the environment Spring Boot prepares from the config files. */
    @Configuration
    static class Empty {}

    private static ConfigurableApplicationContext start(String... props) {
        return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .properties(props).run();
    }

    @Test
    void theShippedReportingUnitIsReadAsUtf8() {
        try (ConfigurableApplicationContext ctx = start()) {
            assertThat(ctx.getEnvironment().getProperty("xgz.reporting-unit")).isEqualTo("福建省市场监督管理局");
        }
    }

    @Test
    void anAdditionalConfigFileIsReadAsUtf8AndOverridesTheShippedOne(@TempDir Path dir) throws Exception {
        // With a byte-order mark, as Windows Notepad saves it.
        byte[] body = "# 厦门市局的设置\nxgz.reporting-unit=厦门市市场监督管理局\nxgz.jurisdiction=350200\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("application.properties"), withBom);
        try (ConfigurableApplicationContext ctx = start("spring.config.additional-location=file:" + dir + "/")) {
            assertThat(ctx.getEnvironment().getProperty("xgz.reporting-unit")).isEqualTo("厦门市市场监督管理局");
            assertThat(ctx.getEnvironment().getProperty("xgz.jurisdiction")).isEqualTo("350200");
            assertThat(ctx.getEnvironment().getProperty("xgz.province-code")).isEqualTo("350000");
        }
    }

    @Test
    void escapesAndContinuationLinesStillWork() {
        var m = Utf8PropertiesLoader.parse("a=\\u798f\\u5efa\nb=一行\\\n   两行\n".getBytes(StandardCharsets.UTF_8), "t");
        assertThat(m).containsEntry("a", "福建").containsEntry("b", "一行两行");
    }

    @Test
    void aFileSavedAsGbkIsRefusedNamingTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("xgz.properties");
        Files.write(file, "xgz.match.threshold=0.7\nxgz.reporting-unit=福建省市场监督管理局\n".getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> Utf8PropertiesLoader.parse(Files.readAllBytes(file), file.toString()))
                .hasMessageContaining(file.toString()).hasMessageContaining("不是 UTF-8 编码（第 2 行）");
        assertThatThrownBy(() -> start("spring.config.additional-location=file:" + file))
                .hasStackTraceContaining("不是 UTF-8 编码");
    }
}
