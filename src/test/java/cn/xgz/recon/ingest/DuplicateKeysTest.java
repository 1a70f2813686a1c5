package cn.xgz.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 999, 1000, 1001, 100_000})
    void aTableSizedForFewerOrMoreKeysAnswersTheSame(int expectedKeys) {
        DuplicateKeys keys = new DuplicateKeys(expectedKeys);
        int sizedFor = keys.capacity();
        assertThat(sizedFor).isGreaterThanOrEqualTo(expectedKeys);
        for (int i = 0; i < 1000; i++) {
            assertThat(keys.add("9235" + String.format("%014d", i))).isTrue();
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(keys.add("9235" + String.format("%014d", i))).isFalse();
            assertThat(keys.contains("9235" + String.format("%014d", i))).isTrue();
        }
        assertThat(keys.contains("9235" + String.format("%014d", 1000))).isFalse();
        assertThat(keys.size()).isEqualTo(1000);
        // Sized for the keys it was given, the table took them without rehashing.
        if (expectedKeys >= 1000) {
            assertThat(keys.capacity()).isEqualTo(sizedFor);
        }
    }

    @Test
    void sizingForMoreKeysStaysWithinTwiceTheRoomTheyNeed() {
        assertThat(new DuplicateKeys(7_000_000).capacity()).isBetween(7_000_000, 14_000_000);
        assertThat(new DuplicateKeys(0).capacity()).isEqualTo(new DuplicateKeys().capacity());
    }
}
