package cn.xgz.recon.output;

import static cn.xgz.recon.common.CsvText.inert;

import cn.xgz.recon.common.AtomicFiles;
import cn.xgz.recon.common.CsvText;
import cn.xgz.recon.proposal.ProposalRow;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** joint-branch-proposals.csv (outputs.md): proposals, then unplaced R03 entities with the advice. */
public final class ProposalsCsv {

    public static final String FILE_NAME = "joint-branch-proposals.csv";

    static final String[] HEADER = {
        "proposal_id", "group_kind", "region_code", "market_id", "industry_section", "unit_count", "member_total",
        "unit_uscc", "unit_names"
    };

    private ProposalsCsv() {}

    public static void write(Path runDir, List<ProposalRow> rows) throws IOException {
        AtomicFiles.write(runDir.resolve(FILE_NAME), out -> {
            ICSVWriter csv = CsvText.open(out);
            csv.writeNext(HEADER, false);
            for (ProposalRow p : rows) {
                csv.writeNext(new String[] {
                    p.proposalId() == null ? "" : p.proposalId(),
                    p.groupKind() == null ? "" : p.groupKind(),
                    p.regionCode() == null ? "" : p.regionCode(),
                    inert(p.marketId()),
                    p.industrySection() == null ? "" : p.industrySection(),
                    Integer.toString(p.unitUsccs().size()),
                    Integer.toString(p.memberTotal()),
                    String.join(";", p.unitUsccs()),
                    inert(String.join(";", p.unitNames()))
                }, false);
            }
            csv.flush();
        });
    }
}
