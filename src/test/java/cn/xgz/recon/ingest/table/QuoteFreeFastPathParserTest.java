package cn.xgz.recon.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteFreeFastPathParserTest {

    private static final String[] PIECES = {"", ",", ",", ",,", " ", "a", "福州", "92350111MA9HL00037", "\u3000", "\t",
        "'", "\\", "x y", "\u200B", "=1+2"};

    private static String line(Random rnd, boolean quotes) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(25);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            if (quotes && rnd.nextInt(6) == 0) {
                sb.append(rnd.nextBoolean() ? "\"" : "\"\"");
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void splitsEveryLineAsOpenCsvsRfc4180ParserDoes(long seed) throws IOException {
        Random rnd = new Random(seed);
        QuoteFreeFastPathParser fast = new QuoteFreeFastPathParser();
        RFC4180Parser reference = new RFC4180ParserBuilder().build();
        for (int i = 0; i < 5_000; i++) {
            // Lines with quotes too, some opening a multi-line record: the fast path must step aside for those.
            String line = line(rnd, rnd.nextInt(4) == 0);
            assertThat(fast.parseLineMulti(line)).as("line %s", line).containsExactly(reference.parseLineMulti(line));
            assertThat(fast.isPending()).isEqualTo(reference.isPending());
        }
    }
}
