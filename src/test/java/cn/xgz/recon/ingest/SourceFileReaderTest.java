package cn.xgz.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.ingest.table.ReadLimits;
import cn.xgz.recon.source.PartyMember;
import cn.xgz.recon.source.Registration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileReaderTest {

    private static final String MEMBERS_HEADER = "姓名,身份证号,所在党组织代码,人员类别,备注\n";

    @TempDir
    Path dir;

    @Test
    void rejectsDuplicatesAcrossTheFilesOfOneSourceKeepingTheFirst() throws Exception {
        Path first = write("party-members-1.csv", MEMBERS_HEADER
                + "张三,350102800101123,350102000001,正式党员,\n"          // row 2: 15-digit ID
                + "李四,11010519491231002X,350102000001,正式党员,\n");      // row 3
        Path second = write("party-members-2.csv", MEMBERS_HEADER
                + "张三,350102198001011233,350102000002,预备党员,\n"       // row 2: same person, upgraded
                + "王五,11010519491231002x,350102000001,正式党员,\n"       // row 3: same ID, lower-case x
                + "赵六,350102199003071234,350102000001,正式党员,\n");     // row 4
        DuplicateKeys keys = new DuplicateKeys();
        List<RowOutcome<PartyMember>> a = readAll(first, keys);
        List<RowOutcome<PartyMember>> b = readAll(second, keys);

        assertThat(a).allMatch(o -> o instanceof RowOutcome.Loaded);
        assertThat(b).hasSize(3);
        Reject dup = ((RowOutcome.Rejected<PartyMember>) b.get(0)).reject();
        assertThat(dup).isEqualTo(new Reject(cn.xgz.recon.source.Source.PARTY_MEMBERS, "party-members-2.csv", 2,
                "身份证号", "重复记录", "350102********1233"));
        assertThat(((RowOutcome.Rejected<PartyMember>) b.get(1)).reject().row()).isEqualTo(3);
        assertThat(b.get(2)).isInstanceOf(RowOutcome.Loaded.class);
    }

    @Test
    void aRejectedRowDoesNotClaimItsKey() throws Exception {
        Path file = write("party-members.csv", MEMBERS_HEADER
                + "张三,11010519491231002X,350102000001,积极分子,\n"
                + "张三,11010519491231002X,350102000001,正式党员,\n");
        List<RowOutcome<PartyMember>> rows = readAll(file, new DuplicateKeys());
        assertThat(rows.get(0)).isInstanceOf(RowOutcome.Rejected.class);
        assertThat(rows.get(1)).isInstanceOf(RowOutcome.Loaded.class);
    }

    @Test
    void countsEveryRowAsLoadedOrRejectedAndListsUnknownColumns() throws Exception {
        Path file = write("party-members.csv", MEMBERS_HEADER
                + "张三,11010519491231002X,350102000001,正式党员,\n"
                + ",,,,\n"
                + "李四,bad,350102000001,正式党员,\n");
        try (SourceFileReader<PartyMember> r = open(file, new DuplicateKeys())) {
            while (r.next() != null) {
                // drain
            }
            assertThat(r.counts()).isEqualTo(new FileCounts(cn.xgz.recon.source.Source.PARTY_MEMBERS,
                    "party-members.csv", 2, 1, 1));
            assertThat(r.unknownColumns()).containsExactly("备注");
            assertThat(r.lastRowNumber()).isEqualTo(4);
        }
    }

    @Test
    void aRestartSkipsThroughTheCheckpointAndStillKnowsTheSkippedKeys() throws Exception {
        Path file = write("party-members.csv", MEMBERS_HEADER
                + "张三,11010519491231002X,350102000001,正式党员,\n"      // row 2
                + "\n"                                                   // row 3: blank
                + "李四,350102199003071234,350102000001,正式党员,\n"      // row 4
                + "张三,11010519491231002X,350102000002,正式党员,\n");    // row 5: duplicate of row 2
        try (SourceFileReader<PartyMember> r = open(file, new DuplicateKeys())) {
            r.skipThrough(3);
            assertThat(r.lastRowNumber()).isEqualTo(2);
            RowOutcome<PartyMember> next = r.next();
            assertThat(((RowOutcome.Loaded<PartyMember>) next).value().row()).isEqualTo(4);
            RowOutcome<PartyMember> dup = r.next();
            assertThat(((RowOutcome.Rejected<PartyMember>) dup).reject().reason()).isEqualTo("重复记录");
            assertThat(r.next()).isNull();
            assertThat(r.counts().read()).isEqualTo(3);
        }
    }

    @Test
    void rejectsACsvRowWithMoreFieldsThanTheHeader() throws Exception {
        Path file = write("registrations.csv", "统一社会信用代码,主体名称,主体类型,行政区划代码,成立日期,登记状态\n"
                + "92350111MA9HL00037,福州,鼓楼商行,个体工商户,350102,2015-02-20,存续\n");
        try (SourceFileReader<Registration> r = SourceFileReader.open(file, SourceSchemas.REGISTRATIONS,
                TestRows.CONTEXT, ReadLimits.defaults(), new DuplicateKeys())) {
            Reject reject = ((RowOutcome.Rejected<Registration>) r.next()).reject();
            assertThat(reject.reason()).contains("第7列没有表头");
        }
    }

    @Test
    void aMissingRequiredColumnFailsWhenTheFileIsOpened() throws Exception {
        Path file = write("party-members.csv", "姓名,所在党组织代码,人员类别\n张三,350102000001,正式党员\n");
        assertThatThrownBy(() -> open(file, new DuplicateKeys()))
                .isInstanceOf(MissingColumnException.class)
                .hasMessageContaining("party-members.csv")
                .hasMessageContaining("身份证号（id_number）");
    }

    @Test
    void readsWithoutADuplicateCheckWhenNoKeysAreGiven() throws Exception {
        Path file = write("party-members.csv", MEMBERS_HEADER
                + "张三,11010519491231002X,350102000001,正式党员,\n"
                + "张三,11010519491231002X,350102000001,正式党员,\n");
        assertThat(readAll(file, null)).allMatch(o -> o instanceof RowOutcome.Loaded);
    }

    private SourceFileReader<PartyMember> open(Path file, DuplicateKeys keys) {
        return SourceFileReader.open(file, SourceSchemas.PARTY_MEMBERS, TestRows.CONTEXT, ReadLimits.defaults(), keys);
    }

    private List<RowOutcome<PartyMember>> readAll(Path file, DuplicateKeys keys) {
        try (SourceFileReader<PartyMember> r = open(file, keys)) {
            List<RowOutcome<PartyMember>> out = new ArrayList<>();
            RowOutcome<PartyMember> o;
            while ((o = r.next()) != null) {
                out.add(o);
            }
            return out;
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
