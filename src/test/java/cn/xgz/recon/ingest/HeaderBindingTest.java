package cn.xgz.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xgz.recon.ingest.table.InputFileException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderBindingTest {

    private static final List<RegistrationSchema.Column> COLUMNS = List.of(RegistrationSchema.Column.values());

    @Test
    void findsColumnsByChineseNameOrAliasInAnyOrder() {
        List<String> header = List.of("住所", "uscc", "主体名称", "ENTITY_TYPE", "行政区划代码", "成立日期", "status");
        HeaderBinding b = HeaderBinding.bind("registrations.csv", COLUMNS, header);
        assertThat(b.position(RegistrationSchema.Column.USCC)).isEqualTo(1);
        assertThat(b.position(RegistrationSchema.Column.ENTITY_TYPE)).isEqualTo(3);
        assertThat(b.position(RegistrationSchema.Column.ADDRESS)).isZero();
        assertThat(b.has(RegistrationSchema.Column.SCALE)).isFalse();
        assertThat(b.fileHeader(RegistrationSchema.Column.STATUS)).isEqualTo("status");
        assertThat(b.fileHeader(RegistrationSchema.Column.SCALE)).isEqualTo("企业规模");
    }

    @ParameterizedTest
    @ValueSource(strings = {"法定代表人(经营者)", "法定代表人（经营者）", "法定代表人 （经营者）", "Legal_Rep_Name"})
    void comparesHeadersAfterNfkcAndWithoutSpaces(String spelling) {
        List<String> header = required(spelling);
        HeaderBinding b = HeaderBinding.bind("registrations.csv", COLUMNS, header);
        assertThat(b.position(RegistrationSchema.Column.LEGAL_REP_NAME)).isEqualTo(header.size() - 1);
    }

    @Test
    void listsUnknownColumnsInFileOrder() {
        HeaderBinding b = HeaderBinding.bind("registrations.csv", COLUMNS, required("备注", "核查人"));
        assertThat(b.unknownColumns()).containsExactly("备注", "核查人");
    }

    @Test
    void aMissingRequiredColumnRejectsTheFileNamingFileAndColumns() {
        List<String> header = List.of("主体名称", "主体类型", "行政区划代码", "成立日期");
        assertThatThrownBy(() -> HeaderBinding.bind("registrations-2.csv", COLUMNS, header))
                .isInstanceOfSatisfying(MissingColumnException.class, e -> {
                    assertThat(e.file()).isEqualTo("registrations-2.csv");
                    assertThat(e.columns()).containsExactly("统一社会信用代码（uscc）", "登记状态（status）");
                })
                .hasMessageContaining("registrations-2.csv")
                .hasMessageContaining("缺少必填列：统一社会信用代码（uscc）、登记状态（status）");
    }

    @Test
    void aColumnGivenTwiceRejectsTheFile() {
        assertThatThrownBy(() -> HeaderBinding.bind("registrations.csv", COLUMNS, required("uscc")))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("统一社会信用代码");
    }

    private static List<String> required(String... more) {
        List<String> h = new java.util.ArrayList<>(List.of("统一社会信用代码", "主体名称", "主体类型", "行政区划代码",
                "成立日期", "登记状态"));
        h.addAll(Arrays.asList(more));
        return h;
    }
}
