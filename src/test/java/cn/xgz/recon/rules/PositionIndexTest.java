package cn.xgz.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xgz.recon.source.AnnualReport;
import cn.xgz.recon.source.AnnualReportTable;
import cn.xgz.recon.source.EntityType;
import cn.xgz.recon.source.Registration;
import cn.xgz.recon.source.RegistrationStatus;
import cn.xgz.recon.source.RegistrationTable;
import cn.xgz.recon.source.ReportedOrgForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The USCC index over a table's column: lookups by String and by another table's row agree with a plain search. */
class PositionIndexTest {

    @Test
    void findsTheFirstPositionOfEachCodeByStringAndByRow() {
        Random rnd = new Random(3);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            // few distinct codes among many rows: repeats and hash-slot collisions both occur
            codes.add(i % 10 == 0 ? "U" + i : String.format("91330100MA%08d", rnd.nextInt(3000)));
        }
        RegistrationTable regs = new RegistrationTable();
        for (int i = 0; i < codes.size(); i++) {
            regs.add(registration(codes.get(i), i));
        }
        AnnualReportTable reports = new AnnualReportTable();
        List<String> probes = new ArrayList<>(codes);
        for (int i = 0; i < 500; i++) {
            probes.add(String.format("91330100MA%08d", 3000 + i)); // not registered
        }
        probes.add("U1");
        for (String p : probes) {
            reports.add(new AnnualReport(p, 2024, 0, ReportedOrgForm.NONE, null, null, null, "a.csv", 2));
        }
        PositionIndex index = PositionIndex.of(regs.usccColumn(), regs.size());

        for (int i = 0; i < probes.size(); i++) {
            int expected = codes.indexOf(probes.get(i));
            assertThat(index.get(probes.get(i))).as(probes.get(i)).isEqualTo(expected);
            assertThat(index.get(reports.usccColumn(), i)).as(probes.get(i)).isEqualTo(expected);
        }
        assertThat(index.get((String) null)).isEqualTo(-1);
    }

    private static Registration registration(String uscc, int row) {
        return new Registration(uscc, "某某店", EntityType.INDIVIDUAL, null, "330102", "33010201", "西湖所", "52",
                LocalDate.of(2020, 1, 1), RegistrationStatus.ACTIVE, "张三", null, null, null, null, "r.csv", row);
    }
}
