package cn.xgz.recon.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutOfMemoryMessageTest {

    private static final long GB = 1L << 30;

    @Test
    void thePeakNeverExceedsTheLimit() {
        // ParallelGC's pools at an out-of-memory in a 4 GB heap: their peaks, taken at different moments, add up to more.
        assertThat(OutOfMemory.heapLine(4 * GB, 4 * GB + GB / 5)).isEqualTo("内存不足：Java 堆上限 4.0 GB 已用尽（峰值 4.0 GB）");
        assertThat(OutOfMemory.heapLine(4 * GB, 3 * GB)).isEqualTo("内存不足：Java 堆上限 4.0 GB 已用尽（峰值 3.0 GB）");
    }

    @Test
    void theLimitIsTheHeapTheOperatorSet() {
        var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        long xmx = Long.parseLong(hotspot.getVMOption("MaxHeapSize").getValue());
        assertThat(OutOfMemory.heapLimit()).isEqualTo(xmx).isGreaterThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }

    @Test
    void theMessageNamesTheSettingAndTheSizeThisSetNeeds() {
        String m = OutOfMemory.message(7_000_000, "重新执行同一命令即从失败的步骤续跑");
        assertThat(m).startsWith("内存不足：Java 堆上限 ").contains("本次输入有 7,000,000 条登记记录，约需 -Xmx4g")
                .contains("XGZ_JAVA_OPTS=\"-Xmx4g");
    }

    @Test
    void aHeapThatFailedIsNeverTheAdvice() {
        // 7M registrations in -Xmx4g are enough by the estimate, yet a findings-heavy 7M night ran out there.
        String m = OutOfMemory.message(4 * GB, 4 * GB, 7_000_000, "重新执行");
        assertThat(m).contains("本次输入有 7,000,000 条登记记录").contains("需要更大的堆")
                .contains("XGZ_JAVA_OPTS=\"-Xmx6g").doesNotContain("-Xmx4g -XX");
        assertThat(OutOfMemory.message(2 * GB, 2 * GB, 7_000_000, "重新执行"))
                .contains("约需 -Xmx4g").contains("XGZ_JAVA_OPTS=\"-Xmx4g");
        assertThat(OutOfMemory.message(3 * GB, 3 * GB, 0, "重新执行")).contains("XGZ_JAVA_OPTS=\"-Xmx6g");
        assertThat(OutOfMemory.message(28L << 20, 28L << 20, 30_000, "重新执行")).contains("约需 -Xmx1g");
    }

    /** An out-of-memory error outside the steps still gives the figure: the command line names the input. */
    @Test
    void theCommandLineOfARunNamesItsRegistrations(@TempDir Path in) throws IOException {
        Files.writeString(in.resolve("registrations.csv"), "统一社会信用代码,主体名称\na,b\nc,d\ne,f\n", StandardCharsets.UTF_8);
        assertThat(OutOfMemory.registrationRowsOfArgs("nightly", "--input", in.toString(), "--out", "o")).isEqualTo(3);
        assertThat(OutOfMemory.registrationRowsOfArgs("validate", "--input=" + in, "--out", "o")).isEqualTo(3);
        assertThat(OutOfMemory.registrationRowsOfArgs("status", "--data-dir", in.toString())).isZero();
        assertThat(OutOfMemory.registrationRowsOfArgs("nightly", "--input", in.resolve("nowhere").toString())).isZero();
        assertThat(OutOfMemory.registrationRowsOfArgs("nightly", "--input")).isZero();
    }
}
