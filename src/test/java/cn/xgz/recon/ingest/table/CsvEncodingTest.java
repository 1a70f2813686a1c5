package cn.xgz.recon.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one-pass check for clean UTF-8 text, which decides most files before the line scan would. */
class CsvEncodingTest {

    private static final String TEXT = "统一社会信用代码,主体名称,住所\r\n91350100MA2Y0001X1,福州某某有限公司,鼓楼区\t五一路1号\n";

    private static int check(byte[] bytes) throws Exception {
        return CsvEncoding.cleanUtf8Text(new ByteArrayInputStream(bytes));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        byte[] out = new byte[0];
        for (byte[] p : parts) {
            int at = out.length;
            out = Arrays.copyOf(out, at + p.length);
            System.arraycopy(p, 0, out, at, p.length);
        }
        return out;
    }

    @Test
    void cleanUtf8TextPassesWithOrWithoutItsMark() throws Exception {
        assertThat(check(utf8(TEXT))).isZero();
        assertThat(check(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(TEXT)))).isEqualTo(3);
        assertThat(check(new byte[0])).isZero();
        assertThat(check(utf8("😀,\u007F,é"))).as("four-byte, DEL, two-byte").isZero();
    }

    @Test
    void aSequenceAcrossTheReadBufferIsStillValid() throws Exception {
        for (int pad = (1 << 16) - 3; pad <= (1 << 16) + 1; pad++) {
            byte[] a = new byte[pad];
            Arrays.fill(a, (byte) 'a');
            assertThat(check(concat(a, utf8("中😀,\n")))).as("padding %d", pad).isZero();
        }
    }

    @Test
    void anythingTheLineScanMustJudgeFallsThrough() throws Exception {
        assertThat(check(utf8("a,b\nc\0d\n"))).as("NUL").isEqualTo(-1);
        assertThat(check(utf8("a,b\nc\u0001d\n"))).as("control character").isEqualTo(-1);
        assertThat(check(utf8("a,b\n\u001B\n"))).as("escape after eight clean bytes").isEqualTo(-1);
        assertThat(check(TEXT.getBytes(Charset.forName("GB18030")))).as("GB18030").isEqualTo(-1);
        assertThat(check(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})).as("UTF-16 mark").isEqualTo(-1);
        assertThat(check(new byte[] {'a', (byte) 0xC0, (byte) 0x80})).as("overlong").isEqualTo(-1);
        assertThat(check(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("surrogate").isEqualTo(-1);
        assertThat(check(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).as("above U+10FFFF")
                .isEqualTo(-1);
        assertThat(check(new byte[] {'a', (byte) 0xE4, (byte) 0xB8})).as("cut at the end").isEqualTo(-1);
        assertThat(check(new byte[] {(byte) 0xE4, (byte) 0xB8, '\n', (byte) 0xAD})).as("cut by a line break")
                .isEqualTo(-1);
    }
}
