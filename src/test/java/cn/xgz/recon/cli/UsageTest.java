package cn.xgz.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.common.ExitCodes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Usage errors exit 2 with one Chinese line naming the option; every command answers --help and --version. */
class UsageTest {

    @Test
    void noCommandIsAUsageError() {
        assertThat(Main.execute()).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "validate", "half-year", "half-year-merge", "schedule", "status", "generate", "feedback"})
    void everyCommandHasHelp(String command) {
        assertThat(Main.execute(command, "--help")).isZero();
    }

    @Test
    void anUnknownOptionOrABadDateIsAUsageError() {
        assertThat(Main.execute("nightly", "--bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("nightly", "--input", ".", "--out", "/tmp/x", "--date", "2025-13-40")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("half-year", "--period", "2025H3", "--out", "/tmp/x")).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.execute("generate", "--entities", "0", "--out", "/tmp/x")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aTypoIsNamedAsAnUnknownOptionWithTheLikelyMeaning() {
        Console c = Console.run("nightly", "--inptu", "in", "--out", "out");
        assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("未知的选项 --inptu").contains("--input").doesNotContain("Missing").doesNotContain("Unknown");
        assertThat(c.err().lines().count()).isOne();
    }

    @Test
    void aMissingOptionIsNamedInChinese() {
        Console c = Console.run("nightly", "--input", "in");
        assertThat(c.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("缺少必需的选项 --out").doesNotContain("Missing required");
    }

    @Test
    void aDateThatIsNotADateNamesTheOptionAndTheFormat() {
        Console c = Console.run("nightly", "--input", "in", "--out", "out", "--date", "2025-13-40");
        assertThat(c.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(c.err()).contains("--date").contains("2025-13-40").contains("yyyy-MM-dd")
                .doesNotContain("DateTimeParseException").doesNotContain("cannot convert");
        Console noValue = Console.run("nightly", "--input", "in", "--out", "out", "--date");
        assertThat(noValue.err()).contains("选项 --date 缺少取值");
    }

    @Test
    void everyCommandAnswersVersion() {
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            Console c = Console.run(command, "-V");
            assertThat(c.exitCode()).as(command).isZero();
            assertThat(c.out()).as(command).startsWith(VersionInfo.NAME + " ").contains("0.");
        }
        assertThat(Console.run("--version").out()).startsWith(VersionInfo.NAME + " ");
    }

    @Test
    void theTopLevelHelpListsEveryCommandWithWholeSentencesInChinese() {
        Console c = Console.run("--help");
        assertThat(c.out()).contains("用法：").contains("命令：").doesNotContain("Usage:").doesNotContain("Commands:")
                .doesNotContain("Show this help").doesNotContain("Display help");
        for (Map.Entry<String, CommandLine> e : Main.commandLine().getSubcommands().entrySet()) {
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            assertThat(description).as(e.getKey()).isNotEmpty();
            // The list shows a command's first description line: it must be a whole sentence (or all there is).
            assertThat(description.length == 1 || description[0].endsWith("。")).as(e.getKey() + ": " + description[0]).isTrue();
            assertThat(c.out()).contains(description[0].substring(0, Math.min(8, description[0].length())));
        }
    }

    @Test
    void descriptionsAreCutIntoSentences() {
        assertThat(Main.sentences(new String[] {"甲，", "乙。丙。", "丁"})).containsExactly("甲，乙。", "丙。", "丁");
    }
}
