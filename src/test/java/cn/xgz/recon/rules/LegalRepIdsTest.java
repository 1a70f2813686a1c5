package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.RegistrationTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalRepIdsTest {

    /** Packed or kept as text, an ID number is found exactly when the string is among the numbers looked for. */
    @Test
    void findsARepresentativeExactlyWhenItsIdNumberIsAmongThem() {
        List<String> wanted = Arrays.asList("11010519491231002X", "000000000000000000", "11010519491231002x",
                "110105491231002", null, "350102198001010011");
        LegalRepIds ids = new LegalRepIds(wanted);
        RegistrationTable regs = new RegistrationTable();
        List<String> reps = Arrays.asList("350102198001010011", "11010519491231002x", "110105194912310021", null,
                "000000000000000000", "110105491231002", "11010519491231002X", "1101054912310021", "");
        for (int i = 0; i < reps.size(); i++) {
            regs.add(registration(reps.get(i), i + 2));
        }
        for (int pos = 0; pos < reps.size(); pos++) {
            String rep = reps.get(pos);
            int expected = rep == null ? -1 : wanted.indexOf(rep);
            assertThat(ids.find(regs, pos)).as(String.valueOf(rep)).isEqualTo(expected);
            if (expected >= 0) {
                assertThat(ids.id(ids.find(regs, pos))).isEqualTo(rep);
            }
        }
    }

    /** Seeded random ID numbers: the packed look-up agrees with a look-up of the strings. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void agreesWithAStringLookUp(long seed) {
        Random rnd = new Random(seed);
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            wanted.add(randomId(rnd));
        }
        LegalRepIds ids = new LegalRepIds(wanted);
        RegistrationTable regs = new RegistrationTable();
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String rep = rnd.nextInt(4) == 0 ? wanted.get(rnd.nextInt(wanted.size())) : randomId(rnd);
            reps.add(rep);
            regs.add(registration(rep, i + 2));
        }
        for (int pos = 0; pos < reps.size(); pos++) {
            assertThat(ids.find(regs, pos)).isEqualTo(wanted.indexOf(reps.get(pos)));
        }
    }

    private static String randomId(Random rnd) {
        StringBuilder s = new StringBuilder();
        int length = rnd.nextInt(10) == 0 ? 15 : 18; // some old 15-digit numbers, kept as text
        for (int k = 0; k < length - 1; k++) {
            s.append((char) ('0' + rnd.nextInt(3))); // few digits, so that near misses are common
        }
        s.append("0123456789Xx".charAt(rnd.nextInt(12)));
        return s.toString();
    }

    private static Registration registration(String legalRepId, int row) {
        return new Registration("91330100MA27XL0E2K", "某某店", EntityType.INDIVIDUAL, null, "330102", "33010201",
                "西湖所", "52", LocalDate.of(2020, 1, 1), RegistrationStatus.ACTIVE, "张三", legalRepId, null, null, null,
                "registrations.csv", row);
    }
}
