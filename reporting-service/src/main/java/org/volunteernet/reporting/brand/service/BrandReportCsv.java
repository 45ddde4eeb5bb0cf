package org.volunteernet.reporting.brand.service;

import java.util.ArrayList;
import java.util.List;
import org.volunteernet.reporting.brand.rest.BrandReport;
import org.volunteernet.reporting.export.domain.Figure;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.reporting.export.service.FigureCsv;

/**
 * A brand's year as CSV: every figure of {@link BrandReport}, one row each (see {@link FigureCsv}); subject columns
 * brand id, brand, district code, district name (GB/T 2260), year.
 */
public final class BrandReportCsv {

    private BrandReportCsv() {
    }

    public static byte[] csv(BrandReport report, DocumentLanguage language) {
        return FigureCsv.write(List.of(new FigureCsv.Column("品牌编号", "brand id", report.brandId()),
                new FigureCsv.Column("品牌", "brand", report.name()),
                new FigureCsv.Column("区划代码", "district code", report.district()),
                new FigureCsv.Column("区县", "district", report.districtName()),
                new FigureCsv.Column("年份", "year", report.year())), figures(report), language);
    }

    /** Members, groups (item: group, value: members), organizations (item: name), occurrences, hours, months. */
    public static List<Figure> figures(BrandReport report) {
        List<Figure> rows = new ArrayList<>();
        rows.add(Figure.of("members.current", "当前成员", "members now", report.members().current()));
        rows.add(Figure.of("members.joinedThisYear", "本年加入", "joined in the year", report.members().joinedThisYear()));
        rows.add(Figure.of("members.leftThisYear", "本年退出", "left in the year", report.members().leftThisYear()));
        for (BrandReport.Group g : report.groups()) {
            rows.add(Figure.item("groups", "志愿服务队成员数", "group members", g.name(), g.members()));
        }
        for (BrandReport.Organization o : report.organizations()) {
            rows.add(Figure.item("organizations", "成员单位", "member organization", o.name(), null));
        }
        BrandReport.Occurrences o = report.occurrences();
        rows.add(Figure.of("occurrences.activities", "活动数", "activities", o.activities()));
        rows.add(Figure.of("occurrences.due", "应开展场次", "occurrences due", o.due()));
        rows.add(Figure.of("occurrences.held", "已开展场次", "occurrences held", o.held()));
        rows.add(Figure.of("occurrences.regularity", "开展率", "regularity (held / due)", o.regularity()));
        rows.add(Figure.of("occurrences.participations", "参与人次", "participations", o.participations()));
        rows.add(Figure.of("hours", "核定志愿服务时长（小时）", "verified volunteer hours", report.hours()));
        for (BrandReport.Month m : report.months()) {
            rows.add(Figure.monthly("months.hours", "核定志愿服务时长（小时）", "verified volunteer hours", m.month(), m.hours()));
            rows.add(Figure.monthly("months.occurrencesHeld", "已开展场次", "occurrences held", m.month(), m.occurrencesHeld()));
            rows.add(Figure.monthly("months.joined", "加入", "joined", m.month(), m.joined()));
            rows.add(Figure.monthly("months.left", "退出", "left", m.month(), m.left()));
        }
        return rows;
    }
}
