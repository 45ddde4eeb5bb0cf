package org.volunteernet.reporting.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.reporting.district.rest.DistrictReport;
import org.volunteernet.reporting.district.service.DistrictReportRenderings;
import org.volunteernet.reporting.districtname.service.DistrictNames;
import org.volunteernet.common.document.DocumentLanguage;

/** The district CSV and chart for a report written by hand; no Quarkus boot. */
@Tag("unit")
class DistrictReportRenderingsTest {

    static final DistrictReportRenderings RENDERINGS = DistrictReportRenderingsAccess.of(new DistrictNames());

    /** Xiangfang 2026: 10 h in March, 6 h in April, 4 h in November (the month in progress on 2026-11-30). */
    static DistrictReport xiangfang2026() {
        List<DistrictReport.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal hours = switch (m) {
                case 3 -> new BigDecimal("10.00");
                case 4 -> new BigDecimal("6.00");
                case 11 -> new BigDecimal("4.00");
                default -> new BigDecimal("0.00");
            };
            months.add(new DistrictReport.Month(m, hours, m == 3 ? 3 : hours.signum() > 0 ? 1 : 0, m == 3 ? 2 : 0, m == 4 ? 1 : 0,
                    m == 1 ? 4 : 0));
        }
        Map<String, Long> monthsActive = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            monthsActive.put(Integer.toString(i), i == 1 ? 2L : i == 3 ? 1L : 0L);
        }
        return new DistrictReport("230110", "香坊区", 2026, 5, 4, months,
                new DistrictReport.Share(new BigDecimal("0.8000"), new BigDecimal("1.0000")), monthsActive,
                new DistrictReport.Retention(2, 1, new BigDecimal("0.5000")), Map.of("1", 2L),
                List.of(new DistrictReport.BrandHours(UUID.fromString("00000000-0000-0000-0000-000000000001"), "志愿服务周六", new BigDecimal("16.00"))),
                3);
    }

    static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1))).getRecords();
    }

    /** The value column of the row with this figure code, month and item (columns 4, 6, 7, 8 after 4 subject columns). */
    static String value(List<CSVRecord> rows, String code, String month, String item) {
        return rows.stream().filter(r -> r.get(4).equals(code) && r.get(6).equals(month) && r.get(7).equals(item))
                .map(r -> r.get(8)).findFirst().orElseThrow(() -> new AssertionError(code + " " + month + " " + item));
    }

    static void assertWellFormed(String svg) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(svg)));
            org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
            assertThat(texts.getLength()).isPositive();
            for (int i = 0; i < texts.getLength(); i++) {
                assertThat(((org.w3c.dom.Element) texts.item(i)).getAttribute("style"))
                        .contains("font-family: \"Noto Sans CJK SC\", \"Noto Sans SC\"").contains("sans-serif");
            }
        } catch (Exception e) {
            throw new AssertionError("the SVG is not well-formed XML", e);
        }
    }

    @Test
    void theCsvCarriesEveryFigureOfTheReportInChinese() throws Exception {
        byte[] csv = RENDERINGS.csv(xiangfang2026(), DocumentLanguage.ZH);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFF区划代码,区县,区县（英文）,年份,指标代码,指标,月份,分项,数值");
        List<CSVRecord> rows = parse(csv);
        // 2 registration figures + 12 x 5 monthly + 2 shares + 12 months-active + 3 retention + 1 star level + 1 brand + overdue
        assertThat(rows).hasSize(2 + 60 + 2 + 12 + 3 + 1 + 1 + 1);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("230110");
            assertThat(r.get(1)).isEqualTo("香坊区");
            assertThat(r.get(2)).isEqualTo("Xiangfang District");
            assertThat(r.get(3)).isEqualTo("2026");
        });
        assertThat(value(rows, "registeredVolunteers", "", "")).isEqualTo("5");
        assertThat(value(rows, "newRegistrations", "", "")).isEqualTo("4");
        assertThat(value(rows, "months.hours", "3", "")).isEqualTo("10.00");
        assertThat(value(rows, "months.hours", "12", "")).isEqualTo("0.00");
        assertThat(value(rows, "months.activeVolunteers", "3", "")).isEqualTo("3");
        assertThat(value(rows, "months.deedsSelfReported", "3", "")).isEqualTo("2");
        assertThat(value(rows, "months.deedsWitnessed", "4", "")).isEqualTo("1");
        assertThat(value(rows, "months.newRegistrations", "1", "")).isEqualTo("4");
        assertThat(value(rows, "marchAprilShare.hours", "", "")).isEqualTo("0.8000"); // (10 + 6) / 20
        assertThat(value(rows, "marchAprilShare.deeds", "", "")).isEqualTo("1.0000");
        assertThat(value(rows, "monthsActiveDistribution", "", "1")).isEqualTo("2");
        assertThat(value(rows, "marchRetention.firstActiveInMarch", "", "")).isEqualTo("2");
        assertThat(value(rows, "marchRetention.activeFromMayOn", "", "")).isEqualTo("1");
        assertThat(value(rows, "marchRetention.share", "", "")).isEqualTo("0.5000");
        assertThat(value(rows, "starLevels", "", "1")).isEqualTo("2");
        assertThat(value(rows, "topBrands", "", "志愿服务周六")).isEqualTo("16.00");
        assertThat(value(rows, "overdueRecords", "", "")).isEqualTo("3");
        assertThat(rows.stream().filter(r -> r.get(4).equals("overdueRecords")).findFirst().orElseThrow().get(5))
                .isEqualTo("逾期未记录的活动场次");
        assertThat(RENDERINGS.fileName(xiangfang2026(), DocumentLanguage.ZH)).isEqualTo("230110-香坊区-2026.csv");
    }

    @Test
    void theCsvSpeaksEnglishWhenAsked() throws Exception {
        byte[] csv = RENDERINGS.csv(xiangfang2026(), DocumentLanguage.EN);
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFdistrict code,district,district (English),year,figure code,figure,month,item,value");
        assertThat(parse(csv).get(0).get(5)).isEqualTo("registered volunteers (year end)");
        assertThat(RENDERINGS.fileName(xiangfang2026(), DocumentLanguage.EN)).isEqualTo("230110-Xiangfang-District-2026.csv");
    }

    @Test
    void theChartIsChineseWithCjkFontsAndDrawsTheMonthInProgressAsPartial() {
        String svg = RENDERINGS.svg(xiangfang2026(), DocumentLanguage.ZH, LocalDate.of(2026, 11, 30));
        assertThat(svg).contains("香坊区 2026年志愿服务月度统计", "核定志愿服务时长（小时）", "活跃志愿者（人）", ">3月<", ">12月<",
                "3月、4月占全年时长的80.0%（全年均匀分布为16.7%）", "11月为截至30日的部分数据（浅色柱、空心点），不是整月",
                "本月（未满月，部分数据）", "Noto Sans CJK SC", "sans-serif");
        assertThat(svg).contains("stroke-dasharray:4.0,3.0"); // the partial bar's dashed outline
        assertWellFormed(svg);
        assertThat(svg.toLowerCase()).contains("rgb(239,179,179)"); // the partial bar's lighter fill
        assertThat(svg).doesNotContain("Arial", "font-family: SansSerif", "font-family: Dialog");
    }

    @Test
    void aPastYearIsDrawnWholeAndAnEnglishChartOnRequest() {
        DistrictReport r = xiangfang2026();
        String past = RENDERINGS.svg(r, DocumentLanguage.EN, LocalDate.of(2027, 1, 2));
        assertThat(past).contains("Xiangfang District (230110): volunteering by month, 2026", ">Mar<", ">Dec<",
                "March and April hold 80.0% of the year&apos;s hours (an even year: 16.7%)", "Verified volunteer hours");
        assertThat(past).doesNotContain("partial", "rgb(239,179,179)", "stroke-dasharray:4.0,3.0");
        assertWellFormed(past);
        String current = RENDERINGS.svg(r, DocumentLanguage.EN, LocalDate.of(2026, 11, 1));
        assertThat(current).contains("Nov is partial, up to the 1st (light bar, hollow point), not a full month", "This month (partial)");
    }
}
