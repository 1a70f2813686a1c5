package cn.xgz.recon.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scrubber masks ID and mobile numbers by their checks, and nothing else that is merely long and digital. */
class PiiScrubberTest {

    /** A valid 18-character number: real birth date, check character computed. */
    private static final String ID = "11010519491231002" + IdNumber.checkChar("11010519491231002");
    private static final String ID_X = "44052419800101003X";

    @Test
    void masksAValidIdNumberInAMessage() {
        assertThat(PiiScrubber.scrub("第 5 行身份证号 " + ID + " 重复")).isEqualTo("第 5 行身份证号 " + Masking.idNumber(ID) + " 重复")
                .doesNotContain(ID);
        assertThat(PiiScrubber.scrub("证件号码：" + ID + "，姓名张*")).doesNotContain(ID);
    }

    @Test
    void masksAValidFifteenDigitNumberAndALowerCaseX() {
        String old = "110105491231002";
        assertThat(PiiScrubber.scrub("旧号 " + old)).doesNotContain(old);
        assertThat(IdNumber.parse(ID_X).valid()).isTrue();
        String lower = ID_X.toLowerCase(java.util.Locale.ROOT);
        assertThat(PiiScrubber.scrub("号 " + lower + " 末位小写")).doesNotContain(lower);
    }

    @Test
    void masksAMobileNumberWithAPrefixInUse() {
        assertThat(PiiScrubber.scrub("手机 13812345678 有误")).isEqualTo("手机 138****5678 有误");
        assertThat(PiiScrubber.scrub("电话:19912345678")).doesNotContain("19912345678");
    }

    @Test
    void leavesADigitRunThatFailsTheChecksAlone() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        assertThat(PiiScrubber.scrub("值 " + wrongCheck)).contains(wrongCheck);
        String noSuchDate = "110105194913310024"; // month 13
        assertThat(PiiScrubber.scrub("值 " + noSuchDate)).contains(noSuchDate);
        assertThat(PiiScrubber.scrub("计数 10000000000 行")).contains("10000000000"); // 100… is no mobile prefix
        assertThat(PiiScrubber.scrub("编号 12345678901")).contains("12345678901");
    }

    @Test
    void leavesDigitsInsideAPathOrAHashAlone() {
        String junit = "/tmp/junit-955206394431442004";
        assertThat(PiiScrubber.scrub("无法写入 " + junit + "/out：权限不足")).contains(junit + "/out");
        // Even a valid ID or phone inside a path is part of a name that must stay findable.
        assertThat(PiiScrubber.scrub("目录 /srv/xgz/" + ID + "/a.csv 不存在")).contains("/srv/xgz/" + ID + "/a.csv");
        assertThat(PiiScrubber.scrub("文件 C:\\in\\13812345678.csv")).contains("13812345678");
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertThat(PiiScrubber.scrub("sha256 " + sha)).contains(sha);
        String digitsInHash = "ab" + ID + "cd";
        assertThat(PiiScrubber.scrub("hash " + digitsInHash)).contains(digitsInHash);
    }

    @Test
    void leavesShortAndEmptyTextAlone() {
        assertThat(PiiScrubber.scrub(null)).isNull();
        assertThat(PiiScrubber.scrub("")).isEmpty();
        assertThat(PiiScrubber.scrub("没有号码")).isEqualTo("没有号码");
    }
}
