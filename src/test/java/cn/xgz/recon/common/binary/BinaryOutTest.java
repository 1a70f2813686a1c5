package cn.xgz.recon.common.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class BinaryOutTest {

    /** Text with ASCII, Chinese, two- and four-byte characters, unpaired surrogates and long runs. */
    public static String randomText(Random rnd) {
        int n = rnd.nextInt(8) == 0 ? 30_000 + rnd.nextInt(40_000) : rnd.nextInt(40);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(7)) {
                case 0 -> sb.append((char) ('a' + rnd.nextInt(26)));
                case 1 -> sb.append((char) (0x4E00 + rnd.nextInt(0x5000)));
                case 2 -> sb.append((char) (0x80 + rnd.nextInt(0x780)));
                case 3 -> sb.appendCodePoint(0x10000 + rnd.nextInt(0x10000));
                case 4 -> sb.append((char) (0xD800 + rnd.nextInt(0x800)));
                case 5 -> sb.append((char) rnd.nextInt(0x80));
                default -> sb.append((char) (0xE000 + rnd.nextInt(0x1FFF)));
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void writesTheBytesDataOutputStreamWithJdkUtf8WouldWrite(long seed) throws IOException {
        Random rnd = new Random(seed);
        ByteArrayOutputStream mine = new ByteArrayOutputStream();
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        List<String> strings = new ArrayList<>();
        try (BinaryOut out = new BinaryOut(mine); DataOutputStream ref = new DataOutputStream(jdk)) {
            for (int i = 0; i < 2_000; i++) {
                switch (rnd.nextInt(6)) {
                    case 0 -> {
                        String s = rnd.nextInt(10) == 0 ? null : randomText(rnd);
                        strings.add(s);
                        out.string(s);
                        if (s == null) {
                            ref.writeInt(-1);
                        } else {
                            byte[] b = s.getBytes(StandardCharsets.UTF_8);
                            ref.writeInt(b.length);
                            ref.write(b);
                        }
                    }
                    case 1 -> {
                        int v = rnd.nextInt();
                        out.intValue(v);
                        ref.writeInt(v);
                    }
                    case 2 -> {
                        long v = rnd.nextLong();
                        out.longValue(v);
                        ref.writeLong(v);
                    }
                    case 3 -> {
                        LocalDate d = rnd.nextBoolean() ? null : LocalDate.ofEpochDay(rnd.nextInt(60_000));
                        out.date(d);
                        ref.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
                    }
                    case 4 -> {
                        Integer v = rnd.nextBoolean() ? null : rnd.nextInt();
                        out.integer(v);
                        ref.writeBoolean(v != null);
                        if (v != null) {
                            ref.writeInt(v);
                        }
                    }
                    default -> {
                        double v = rnd.nextDouble();
                        out.doubleValue(v);
                        ref.writeDouble(v);
                    }
                }
            }
        }
        assertThat(mine.toByteArray()).isEqualTo(jdk.toByteArray());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void readsBackWhatItWrote(long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> strings = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BinaryOut out = new BinaryOut(bytes)) {
            for (int i = 0; i < 500; i++) {
                // Well-formed text only: an unpaired surrogate does not survive UTF-8, with or without BinaryOut.
                String s = randomText(rnd).replaceAll("[\\uD800-\\uDFFF]", "?");
                strings.add(s);
                out.string(s);
            }
        }
        try (BinaryIn in = new BinaryIn(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (String s : strings) {
                assertThat(in.string()).isEqualTo(s);
            }
        }
    }
}
