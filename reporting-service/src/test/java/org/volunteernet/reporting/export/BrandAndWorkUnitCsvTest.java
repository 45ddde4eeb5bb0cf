package org.volunteernet.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.reporting.brand.rest.BrandReport;
import org.volunteernet.reporting.brand.service.BrandReportCsv;
import org.volunteernet.reporting.export.domain.Figure;
import org.volunteernet.reporting.export.service.FigureCsv;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.reporting.workunit.rest.WorkUnitReport;
import org.volunteernet.reporting.workunit.service.WorkUnitReportCsv;

/** Brand and work-unit CSV for reports written by hand; no Quarkus boot. */
@Tag("unit")
class BrandAndWorkUnitCsvTest {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void brandCsv() throws Exception {
        List<BrandReport.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new BrandReport.Month(m, m == 6 ? new BigDecimal("7.50") : new BigDecimal("0.00"), m == 6 ? 2 : 0, m == 2 ? 3 : 0, 0));
        }
        BrandReport report = new BrandReport(ID, "志愿服务周六", "230110", "香坊区", 2026, new BrandReport.Members(3, 3, 0),
                List.of(new BrandReport.Group(UUID.randomUUID(), "香坊一队", 3)),
                List.of(new BrandReport.Organization(UUID.randomUUID(), "香坊区志愿者协会")),
                new BrandReport.Occurrences(1, 4, 2, new BigDecimal("0.5000"), 6), new BigDecimal("7.50"), months);
        byte[] csv = BrandReportCsv.csv(report, DocumentLanguage.ZH);
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFF品牌编号,品牌,区划代码,区县,年份,指标代码,指标,月份,分项,数值");
        List<CSVRecord> rows = parse(csv);
        // 3 member figures + 1 group + 1 organization + 5 occurrence figures + hours + 12 x 4 monthly
        assertThat(rows).hasSize(3 + 1 + 1 + 5 + 1 + 48);
        assertThat(rows.get(0).values()).containsExactly(ID.toString(), "志愿服务周六", "230110", "香坊区", "2026",
                "members.current", "当前成员", "", "", "3");
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("groups", "志愿服务队成员数", "", "香坊一队", "3"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("organizations", "成员单位", "", "香坊区志愿者协会", ""));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("occurrences.regularity", "开展率", "", "", "0.5000"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("months.hours", "核定志愿服务时长（小时）", "6", "", "7.50"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("months.joined", "加入", "2", "", "3"));
        assertThat(new String(BrandReportCsv.csv(report, DocumentLanguage.EN), StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFbrand id,brand,district code,district,year,figure code,figure,month,item,value");
    }

    @Test
    void workUnitCsvKeepsPostDeedsApartFromVolunteerHours() throws Exception {
        List<WorkUnitReport.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new WorkUnitReport.Month(m, m == 5 ? 2 : 0, m == 5 ? 90 : 0, m == 5 ? new BigDecimal("3.25") : new BigDecimal("0.00"),
                    m == 5 ? 1 : 0));
        }
        WorkUnitReport report = new WorkUnitReport(ID, "哈尔滨公交三场", "ENTERPRISE", "230110", "香坊区", 2026, 4, 2, 90,
                new BigDecimal("3.25"), 1, months);
        List<CSVRecord> rows = parse(WorkUnitReportCsv.csv(report, DocumentLanguage.ZH));
        assertThat(rows).hasSize(5 + 48);
        // the kind in words, on every row (the JSON report keeps the code ENTERPRISE)
        assertThat(rows.get(0).values()).containsExactly(ID.toString(), "哈尔滨公交三场", "企业", "230110", "香坊区", "2026",
                "members", "成员", "", "", "4");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("单位类型")).isEqualTo("企业"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("postMinutes", "岗位善行分钟数", "", "", "90"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("volunteerHours", "成员核定志愿服务时长（小时）", "", "", "3.25"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("months.postDeeds", "岗位善行", "5", "", "2"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).endsWith("months.membersVolunteering", "有志愿服务时长的成员", "5", "", "1"));
        List<CSVRecord> en = parse(WorkUnitReportCsv.csv(report, DocumentLanguage.EN));
        assertThat(en.get(1).get("figure")).isEqualTo("post deeds");
        assertThat(en).allSatisfy(r -> assertThat(r.get("kind")).isEqualTo("Enterprise"));
    }

    /** A kind this service has no words for (a newer brand-service's) is written as its code, not refused. */
    @Test
    void aWorkUnitKindWithoutLabelsIsWrittenAsItsCode() throws Exception {
        List<WorkUnitReport.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new WorkUnitReport.Month(m, 0, 0, new BigDecimal("0.00"), 0));
        }
        WorkUnitReport report = new WorkUnitReport(ID, "香坊区图书馆", "PUBLIC_INSTITUTION", "230110", "香坊区", 2026, 1, 0, 0,
                new BigDecimal("0.00"), 0, months);
        assertThat(parse(WorkUnitReportCsv.csv(report, DocumentLanguage.ZH)).get(0).get("单位类型")).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(parse(WorkUnitReportCsv.csv(report, DocumentLanguage.EN)).get(0).get("kind")).isEqualTo("PUBLIC_INSTITUTION");
    }

    /**
     * F1 (OWASP "CSV Injection"): text cells starting like a formula get a leading apostrophe, in the subject columns
     * and in the item column; a negative number in the value column is a number and is written as it is.
     */
    @Test
    void textCellsThatLookLikeFormulasGetAnApostropheNumbersDoNot() throws Exception {
        byte[] csv = FigureCsv.write(List.of(new FigureCsv.Column("单位", "work unit", "=HYPERLINK(\"http://evil.example\",\"x\")"),
                new FigureCsv.Column("年份", "year", 2026)),
                List.of(Figure.item("topBrands", "品牌志愿服务时长（小时）", "brand hours", "@SUM(A1)", new BigDecimal("-2.00")),
                        Figure.item("groups", "志愿服务队成员数", "group members", "-2+3", -4),
                        Figure.item("organizations", "成员单位", "member organization", "香坊区志愿者协会", null)),
                DocumentLanguage.ZH);
        List<CSVRecord> rows = parse(csv);
        assertThat(rows.get(0).values()).containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")", "2026", "topBrands",
                "品牌志愿服务时长（小时）", "", "'@SUM(A1)", "-2.00");
        assertThat(rows.get(1).values()).endsWith("'-2+3", "-4");
        assertThat(rows.get(2).values()).endsWith("香坊区志愿者协会", "");
    }
}
