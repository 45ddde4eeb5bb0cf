package org.volunteernet.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.reporting.districtname.service.DistrictNames;
import org.volunteernet.reporting.export.domain.ReportLanguage;
import org.volunteernet.reporting.export.rest.Attachments;

/** Language choice, file names and district names; no Quarkus boot. */
class ExportRulesTest {

    @Test
    void chineseUnlessEnglishIsPreferred() {
        assertThat(ReportLanguage.fromAcceptLanguage(null)).isEqualTo(ReportLanguage.ZH);
        assertThat(ReportLanguage.fromAcceptLanguage("")).isEqualTo(ReportLanguage.ZH);
        assertThat(ReportLanguage.fromAcceptLanguage("en")).isEqualTo(ReportLanguage.EN);
        assertThat(ReportLanguage.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(ReportLanguage.EN);
        assertThat(ReportLanguage.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(ReportLanguage.ZH);
        assertThat(ReportLanguage.fromAcceptLanguage("zh;q=0.5, en;q=0.8")).isEqualTo(ReportLanguage.EN);
        assertThat(ReportLanguage.fromAcceptLanguage("fr-FR, de")).isEqualTo(ReportLanguage.ZH);
        assertThat(ReportLanguage.fromAcceptLanguage("en;q=0")).isEqualTo(ReportLanguage.ZH);
        assertThat(ReportLanguage.fromAcceptLanguage(";;,q=,en;q=abc,english")).isEqualTo(ReportLanguage.ZH);
        assertThat(ReportLanguage.fromAcceptLanguage("fr, en-GB;q=0.7")).isEqualTo(ReportLanguage.EN);
    }

    @Test
    void chineseFileNamesGoInFilenameStarByRfc6266() {
        // 香 E9 A6 99, 坊 E5 9D 8A, 区 E5 8C BA
        assertThat(Attachments.contentDisposition("district-230110-2026.csv", "230110-香坊区-2026.csv"))
                .isEqualTo("attachment; filename=\"district-230110-2026.csv\"; filename*=UTF-8''230110-%E9%A6%99%E5%9D%8A%E5%8C%BA-2026.csv");
        assertThat(Attachments.contentDisposition("a b\"c.csv", "a b.csv"))
                .isEqualTo("attachment; filename=\"a_b_c.csv\"; filename*=UTF-8''a%20b.csv");
        assertThat(Attachments.safeName("志愿/服务\"周六\"\u202E")).isEqualTo("志愿_服务_周六__");
    }

    @Test
    void districtNamesByGbT2260() throws Exception {
        DistrictNames names = new DistrictNames();
        assertThat(names.chinese("230110")).isEqualTo("香坊区");
        assertThat(names.of("230102")).contains(new DistrictNames.Name("道里区", "Daoli District"));
        assertThat(names.of("230103").map(DistrictNames.Name::zh)).contains("南岗区");
        assertThat(names.chinese("999999")).isNull();
        assertThat(DistrictNames.parse(new StringReader("# c\ncode,name_zh,name_en\n230104,道外区,Daowai District\n")))
                .isEqualTo(Map.of("230104", new DistrictNames.Name("道外区", "Daowai District")));
    }
}
