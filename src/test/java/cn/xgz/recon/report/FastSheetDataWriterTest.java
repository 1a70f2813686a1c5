package cn.xgz.recon.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.binary.BinaryOutTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastSheetDataWriterTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void encodesAsTheJdkDoesHoweverTheTextIsSplitIntoCalls(long seed) throws IOException {
        Random rnd = new Random(seed);
        StringBuilder all = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FastSheetDataWriter.Utf8Writer w = new FastSheetDataWriter.Utf8Writer(bytes)) {
            for (int i = 0; i < 300; i++) {
                String s = BinaryOutTest.randomText(rnd);
                all.append(s);
                switch (rnd.nextInt(3)) {
                    case 0 -> w.write(s);
                    case 1 -> w.write(s.toCharArray(), 0, s.length());
                    default -> s.chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
