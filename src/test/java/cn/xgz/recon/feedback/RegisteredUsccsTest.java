package cn.xgz.recon.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.UsccCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The kept registrations answer exactly for every code, at the edges of their parts too. */
class RegisteredUsccsTest {

    static String uscc(int n) {
        String first17 = String.format("91350102%09d", n);
        return first17 + UsccCode.checkChar(first17);
    }

    @Test
    void everyStoredCodeIsFoundAndNoOtherAcrossPartEdges() {
        // Every third number registered, handed over unsorted and with a repeat.
        List<String> codes = new ArrayList<>(IntStream.range(0, 1_000).filter(i -> i % 3 == 0).mapToObj(RegisteredUsccsTest::uscc).toList());
        java.util.Collections.shuffle(codes, new java.util.Random(7));
        codes.add(codes.get(0));
        String[] parts = RegisteredUsccs.partsOf(codes.stream(), 7);
        assertThat(parts).hasSize((334 + 6) / 7);
        KnownRegistrations known = new RegisteredUsccs.Parts(LocalDate.of(2025, 9, 30), parts);
        for (int i = 0; i <= 1_001; i++) {
            String code = uscc(i);
            assertThat(known.registered(code)).as(code).isEqualTo(i < 1_000 && i % 3 == 0);
        }
        assertThat(known.registered("91350102000000000")).isFalse(); // 17 characters
        assertThat(known.registered("00000000000000000X")).isFalse(); // before the first
        assertThat(known.registered("ZZZZZZZZZZZZZZZZZZ")).isFalse(); // after the last
    }

    @Test
    void aRunWithoutRegistrationsIsKnownAndHasNone() {
        String[] parts = RegisteredUsccs.partsOf(Stream.empty(), 7);
        assertThat(parts).containsExactly("");
        KnownRegistrations known = new RegisteredUsccs.Parts(LocalDate.of(2025, 9, 30), parts);
        assertThat(known.runDate()).isNotNull();
        assertThat(known.registered(uscc(3))).isFalse();
    }
}
