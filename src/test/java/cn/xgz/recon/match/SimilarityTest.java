package cn.xgz.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "鹏程万里电子商行, 鹏程万星电子商行, 0.7142857142857143",
        "鹏程万里电子商行, 鹏程万电子商行, 0.7692307692307693",
        "鹏程万里电子商行, 鹏程万里电子商行, 1.0",
        "宏宏宏宏, 宏宏宏, 0.8",
        "恒通五金, 鑫源达贸易, 0.0",
    })
    void diceCountsSharedBigramsWithTheirRepeats(String a, String b, double expected) {
        int[] x = Similarity.sortedBigrams(a);
        int[] y = Similarity.sortedBigrams(b);
        assertThat(Similarity.dice(x, x.length, y, y.length)).isEqualTo(expected);
    }

    @Test
    void boundedDistanceIsExactUpToTheBoundAndBoundPlusOneBeyond() {
        Random random = new Random(7);
        String alphabet = "鑫源达通恒";
        for (int n = 0; n < 20_000; n++) {
            String a = random(random, alphabet, random.nextInt(9));
            String b = random(random, alphabet, random.nextInt(9));
            int bound = 1 + random.nextInt(3);
            int full = reference(a, b);
            int bounded = Similarity.boundedDistance(
                    a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), bound, new int[2 * (b.length() + 1)]);
            assertThat(bounded).as(a + " / " + b + " bound " + bound).isEqualTo(Math.min(full, bound + 1));
        }
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
