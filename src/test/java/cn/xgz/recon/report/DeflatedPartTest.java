package cn.xgz.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeflatedPartTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void combinesCrcsAsOfTheJoinedBytes(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < 50; i++) {
            byte[] a = bytes(rnd, rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(100_000));
            byte[] b = bytes(rnd, rnd.nextInt(3) == 0 ? rnd.nextInt(3) : rnd.nextInt(100_000));
            assertThat(DeflatedPart.combine(crc(a), crc(b), b.length)).isEqualTo(crc(join(a, b)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void piecesDeflatedApartInflateAsOneStream(long seed) throws IOException, DataFormatException {
        Random rnd = new Random(seed);
        // Repetitive, like sheet XML, so that the deflater does look back; the middle piece large and small.
        byte[] head = xml(rnd, 1 + rnd.nextInt(2000));
        byte[] tail = xml(rnd, 1 + rnd.nextInt(2000));
        for (int size : new int[] {0, 10, 40_000, 700_000}) {
            byte[] rows = xml(rnd, size);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DeflatedPart part = new DeflatedPart(file);
            for (int off = 0; off < rows.length; ) {
                int n = Math.min(rows.length - off, 1 + rnd.nextInt(70_000));
                part.write(rows, off, n);
                off += n;
            }
            part.close();
            part.close();
            assertThat(part.size()).isEqualTo(rows.length);
            assertThat(part.crc()).isEqualTo(crc(rows));
            assertThat(part.compressedSize()).isEqualTo(file.size());

            byte[] stream = join(join(DeflatedPart.deflate(head, false), file.toByteArray()), DeflatedPart.deflate(tail, true));
            Inflater inflater = new Inflater(true);
            byte[] out = new byte[head.length + rows.length + tail.length + 10];
            inflater.setInput(stream);
            int n = inflater.inflate(out);
            assertThat(inflater.finished()).as("final block reached").isTrue();
            inflater.end();
            assertThat(Arrays.copyOf(out, n)).isEqualTo(join(join(head, rows), tail));
        }
    }

    @Test
    void refusesWritesOnceClosed() throws IOException {
        DeflatedPart part = new DeflatedPart(new ByteArrayOutputStream());
        part.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> part.write(1)).isInstanceOf(IOException.class);
    }

    private static byte[] xml(Random rnd, int size) {
        StringBuilder sb = new StringBuilder(size + 100);
        while (sb.length() < size) {
            sb.append("<c r=\"B").append(rnd.nextInt(100_000)).append("\" s=\"8\" t=\"inlineStr\"><is><t>福州")
                    .append(Integer.toString(rnd.nextInt(1 << 20), 36)).append("</t></is></c>");
        }
        return Arrays.copyOf(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), size);
    }

    private static byte[] bytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
