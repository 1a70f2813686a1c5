package cn.xgz.recon.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.acceptance.AcceptanceCheck.Check;
import cn.xgz.recon.acceptance.AcceptanceCheck.Part;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java checker passes what check.py passes and fails what it fails: the messy set's own expected files pass as a
 * run folder, and each planted fault fails the check that names it, and only that one.
 */
class AcceptanceCheckTest {

    @TempDir
    Path run;

    Path expected;

    @BeforeEach
    void runFolderFromTheExpectedFiles() throws Exception {
        expected = AcceptanceSets.set("messy/expected");
        Files.copy(expected.resolve("findings.csv"), run.resolve("findings.csv"));
        Files.copy(expected.resolve("expected-rejects.csv"), run.resolve("rejects.csv"));
    }

    @Test
    void theExpectedFindingsAndRejectsPassEveryCheck() {
        AcceptanceCheck.Report r = AcceptanceCheck.run(expected, run, null, Set.of(Part.FINDINGS, Part.REJECTS), false);
        assertThat(r.failures()).as(r.toString()).isEmpty();
        // present, header, masking, order, one row per key, keys and fields of 13 rules; rejects: present, header, rows, masking
        assertThat(r.passed()).isEqualTo(5 + 2 * 13 + 4);
        assertThat(r.toString()).endsWith(r.passed() + " passed, 0 failed");
    }

    @Test
    void aMissingFindingAndAChangedFieldFailTheirRulesKeysAndFields() throws Exception {
        List<String> lines = lines(run.resolve("findings.csv"));
        String r01 = lines.stream().filter(l -> l.contains(",R01,")).findFirst().orElseThrow();
        lines.remove(r01);
        int r05 = indexOf(lines, ",R05,");
        lines.set(r05, lines.get(r05).replaceFirst(",R05,([^,]*),([^,]*),", ",R05,$1,低X,"));
        write(run.resolve("findings.csv"), lines);

        List<String> failed = failedNames(AcceptanceCheck.run(expected, run, null, Set.of(Part.FINDINGS), false));
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0)).isEqualTo("R01 keys");
        assertThat(failed.get(1)).startsWith("R05 fields of");
    }

    @Test
    void anUnmaskedIdNumberFailsTheFindingsAndTheRejectsMasking() throws Exception {
        String id = "350102198001011234";
        List<String> findings = lines(run.resolve("findings.csv"));
        int plain = indexOf(findings, ",R0");
        while (findings.get(plain).contains("\"")) {
            plain++;
        }
        findings.set(plain, findings.get(plain) + "身份证" + id);
        write(run.resolve("findings.csv"), findings);
        List<String> rejects = lines(run.resolve("rejects.csv"));
        rejects.add("party-members,party-members.xlsx,999,身份证号,校验位错误," + id);
        write(run.resolve("rejects.csv"), rejects);

        List<String> failed = failedNames(AcceptanceCheck.run(expected, run, null, Set.of(Part.FINDINGS, Part.REJECTS), false));
        assertThat(failed).containsExactlyInAnyOrder("findings.csv has no unmasked ID number", "rejected rows (source, file, row)",
                "reject values of ID columns are masked");
    }

    @Test
    void aBomBeforeAQuotedFirstHeaderIsReadAsCheckPyReadsIt() throws Exception {
        List<String> lines = lines(run.resolve("rejects.csv"));
        lines.set(0, "\uFEFF\"source\",\"file\",row,column,reason,value");
        write(run.resolve("rejects.csv"), lines);
        AcceptanceCheck.Report r = AcceptanceCheck.run(expected, run, null, Set.of(Part.REJECTS), false);
        assertThat(r.failures()).as(r.toString()).isEmpty();
    }

    @Test
    void findingsOutOfOrderFailTheOrderCheck() throws Exception {
        List<String> lines = lines(run.resolve("findings.csv"));
        String first = lines.remove(1);
        lines.add(first);
        write(run.resolve("findings.csv"), lines);
        assertThat(failedNames(AcceptanceCheck.run(expected, run, null, Set.of(Part.FINDINGS), false)))
                .containsExactly("findings.csv ordered by rule_code, region_code, subject_key");
    }

    @Test
    void leavingEveryR03EntityUnplacedIsValidButNeitherMaximalNorOptimal() throws Exception {
        List<String> proposals = new ArrayList<>(List.of(String.join(",", AcceptanceCheck.PROPOSALS_HEADER)));
        List<String> r03 = lines(expected.resolve("expected-r03.csv"));
        for (String line : r03.subList(1, r03.size())) {
            String[] f = line.split(",", -1);
            proposals.add(",," + f[4] + "," + f[3] + "," + f[5] + ",1," + f[2] + "," + f[0] + "," + f[1] + "（"
                    + AcceptanceCheck.ADVICE + "）");
        }
        write(run.resolve("joint-branch-proposals.csv"), proposals);
        AcceptanceCheck.Report r = AcceptanceCheck.run(expected, run, null, Set.of(Part.PROPOSALS), false);
        assertThat(failedNames(r)).as(r.toString()).containsExactly(
                "maximality: no valid proposal from the unplaced entities of one group",
                "optimality: most entities placed, then fewest proposals, per group");
    }

    @Test
    void aProposalOfOneUnitOrOfTwoMarketsFailsItsValidityChecks() throws Exception {
        List<String> r03 = lines(expected.resolve("expected-r03.csv"));
        String[] a = r03.get(1).split(",", -1);
        String[] b = r03.get(2).split(",", -1);
        List<String> proposals = new ArrayList<>(List.of(String.join(",", AcceptanceCheck.PROPOSALS_HEADER)));
        proposals.add("JB-1,MARKET,,SC-X,,1," + a[2] + "," + a[0] + "," + a[1]);
        proposals.add("JB-1,MARKET,,SC-X,,1," + b[2] + "," + b[0] + "," + b[1]);
        write(run.resolve("joint-branch-proposals.csv"), proposals);
        assertThat(failedNames(AcceptanceCheck.run(expected, run, null, Set.of(Part.PROPOSALS), false))).contains(
                "proposal ids unique", "every R03 entity listed (placed or unplaced)",
                "proposals have 2-5 units and unit_count matches", "one market (MARKET) or one county and section (AREA_INDUSTRY)");
    }

    @Test
    void theExpectedHalfYearFilePassesAndOneChangedCellFailsOnlyItsColumn() throws Exception {
        Path file = expected.resolve("expected-half-year-2025H1.csv");
        AcceptanceCheck.Report same = AcceptanceCheck.run(expected, run, file, Set.of(Part.HALF_YEAR), false);
        assertThat(same.failures()).as(same.toString()).isEmpty();
        assertThat(same.passed()).as("present, county column, every column, then 23 columns").isEqualTo(3 + 23);

        List<String> lines = lines(file);
        String[] cells = lines.get(1).split(",", -1);
        cells[8] = String.valueOf(Integer.parseInt(cells[8]) + 1);
        lines.set(1, String.join(",", cells));
        Path changed = run.resolve("half-year.csv");
        write(changed, lines);
        assertThat(failedNames(AcceptanceCheck.run(expected, run, changed, Set.of(Part.HALF_YEAR), false)))
                .containsExactly("half-year 党员底数");
    }

    @Test
    void aMissingRunFolderFailsRatherThanPassingNothing() {
        AcceptanceCheck.Report r = AcceptanceCheck.run(expected, run.resolve("absent"));
        assertThat(failedNames(r)).contains("actual run folder exists", "findings.csv present", "joint-branch-proposals.csv present",
                "rejects.csv present");
    }

    private static List<String> failedNames(AcceptanceCheck.Report r) {
        return r.failures().stream().map(Check::name).toList();
    }

    private static List<String> lines(Path p) throws Exception {
        return new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
    }

    private static void write(Path p, List<String> lines) throws Exception {
        Files.write(p, lines, StandardCharsets.UTF_8);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }
}
