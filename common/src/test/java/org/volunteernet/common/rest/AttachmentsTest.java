package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.document.DocumentLanguage;

/** The language of documents and downloads, and their file names; no Quarkus boot. */
@Tag("unit")
class AttachmentsTest {

    @Test
    void chineseUnlessEnglishIsPreferred() {
        assertThat(DocumentLanguage.fromAcceptLanguage(null)).isEqualTo(DocumentLanguage.ZH);
        assertThat(DocumentLanguage.fromAcceptLanguage("")).isEqualTo(DocumentLanguage.ZH);
        assertThat(DocumentLanguage.fromAcceptLanguage("en")).isEqualTo(DocumentLanguage.EN);
        assertThat(DocumentLanguage.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(DocumentLanguage.EN);
        assertThat(DocumentLanguage.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(DocumentLanguage.ZH);
        assertThat(DocumentLanguage.fromAcceptLanguage("zh;q=0.5, en;q=0.8")).isEqualTo(DocumentLanguage.EN);
        assertThat(DocumentLanguage.fromAcceptLanguage("fr-FR, de")).isEqualTo(DocumentLanguage.ZH);
        assertThat(DocumentLanguage.fromAcceptLanguage("en;q=0")).isEqualTo(DocumentLanguage.ZH);
        assertThat(DocumentLanguage.fromAcceptLanguage(";;,q=,en;q=abc,english")).isEqualTo(DocumentLanguage.ZH);
        assertThat(DocumentLanguage.fromAcceptLanguage("fr, en-GB;q=0.7")).isEqualTo(DocumentLanguage.EN);
    }

    @Test
    void chineseFileNamesGoInFilenameStarByRfc6266() {
        // 香 E9 A6 99, 坊 E5 9D 8A, 区 E5 8C BA
        assertThat(Attachments.contentDisposition("district-230110-2026.csv", "230110-香坊区-2026.csv"))
                .isEqualTo("attachment; filename=\"district-230110-2026.csv\"; filename*=UTF-8''230110-%E9%A6%99%E5%9D%8A%E5%8C%BA-2026.csv");
        assertThat(Attachments.contentDisposition("a b\"c.csv", "a b.csv"))
                .isEqualTo("attachment; filename=\"a_b_c.csv\"; filename*=UTF-8''a%20b.csv");
        assertThat(Attachments.inline("roster-2026-03-05.pdf", "签到表-2026-03-05.pdf"))
                .isEqualTo("inline; filename=\"roster-2026-03-05.pdf\"; filename*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8-2026-03-05.pdf");
        assertThat(Attachments.safeName("志愿/服务\"周六\"\u202E")).isEqualTo("志愿_服务_周六__");
    }

}
