package org.volunteernet.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.reporting.districtname.service.DistrictNames;

/** District names; no Quarkus boot. */
@Tag("unit")
class ExportRulesTest {

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
