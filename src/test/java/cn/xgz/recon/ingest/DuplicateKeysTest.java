package cn.xgz.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void keepsTheFirstAndRefusesLaterOnes() {
        DuplicateKeys keys = new DuplicateKeys();
        assertThat(keys.add("92350111MA9HL00037")).isTrue();
        assertThat(keys.add("92350111MA9HL00038")).isTrue();
        assertThat(keys.add("92350111MA9HL00037")).isFalse();
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void compositeKeysWithASeparatorStayApart() {
        DuplicateKeys keys = new DuplicateKeys();
        assertThat(keys.add("1|11")).isTrue();
        assertThat(keys.add("11|1")).isTrue();
        assertThat(keys.add("")).isTrue();
        assertThat(keys.add("")).isFalse();
    }

    @Test
    void agreesWithAHashSetOnManySimilarKeysAcrossGrowth() {
        DuplicateKeys keys = new DuplicateKeys();
        Set<String> reference = new HashSet<>();
        Random random = new Random(1);
        int disagreements = 0;
        for (int i = 0; i < 300_000; i++) {
            // Sequential codes differ in one or two characters, the worst case for a weak hash.
            String key = random.nextInt(4) == 0 && i > 0
                    ? "9235" + String.format("%014d", random.nextInt(i))
                    : "9235" + String.format("%014d", i);
            if (keys.add(key) != reference.add(key)) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
        assertThat(keys.size()).isEqualTo(reference.size()).isGreaterThan(200_000);
    }
}
