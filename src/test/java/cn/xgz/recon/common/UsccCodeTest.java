package cn.xgz.recon.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UsccCodeTest {

    /** The rules as GB 32100 states them, written the plain way: every character first, then the check character. */
    private static UsccCode.Problem reference(String code) {
        if (code == null || code.length() != 18) {
            return UsccCode.Problem.LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (UsccCode.ALPHABET.indexOf(code.charAt(i)) < 0) {
                return UsccCode.Problem.CHARACTER;
            }
        }
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += UsccCode.ALPHABET.indexOf(code.charAt(i)) * weights[i];
        }
        char check = UsccCode.ALPHABET.charAt((31 - sum % 31) % 31);
        return check == code.charAt(17) ? null : UsccCode.Problem.CHECK_CHARACTER;
    }

    @Test
    void knownCodes() {
        String first17 = "91350102MAF6JNBH5";
        String valid = first17 + UsccCode.checkChar(first17);
        assertThat(UsccCode.check(valid)).isNull();
        assertThat(UsccCode.check(valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0')))
                .isEqualTo(UsccCode.Problem.CHECK_CHARACTER);
        assertThat(UsccCode.check("91350102MAF6JNBH5I")).as("I is not in the alphabet").isEqualTo(UsccCode.Problem.CHARACTER);
        assertThat(UsccCode.check("9135010２MAF6JNBH5W")).isEqualTo(UsccCode.Problem.CHARACTER);
        assertThat(UsccCode.check("91350102MAF6JNBH5")).isEqualTo(UsccCode.Problem.LENGTH);
        assertThat(UsccCode.check(null)).isEqualTo(UsccCode.Problem.LENGTH);
    }

    @Test
    void agreesWithTheRulesOnRandomCandidates() {
        String chars = UsccCode.ALPHABET + "IOSVZiо中\u00FF\u0080/:@[`{";
        Random rnd = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = rnd.nextInt(10) == 0 ? 16 + rnd.nextInt(4) : 18;
            for (int i = 0; i < length; i++) {
                // Mostly valid characters, so that the check character decides most candidates.
                sb.append(rnd.nextInt(40) == 0 ? chars.charAt(31 + rnd.nextInt(chars.length() - 31))
                        : UsccCode.ALPHABET.charAt(rnd.nextInt(31)));
            }
            if (length == 18 && rnd.nextBoolean()) {
                sb.setCharAt(17, UsccCode.checkChar(sb.substring(0, 17).replaceAll("[^" + UsccCode.ALPHABET + "]", "0")));
            }
            String code = sb.toString();
            assertThat(UsccCode.check(code)).as(code).isEqualTo(reference(code));
        }
    }
}
