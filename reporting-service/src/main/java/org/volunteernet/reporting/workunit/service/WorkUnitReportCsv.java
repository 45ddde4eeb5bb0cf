package org.volunteernet.reporting.workunit.service;

import java.util.ArrayList;
import java.util.List;
import org.volunteernet.reporting.export.domain.Figure;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.document.Vocabulary;
import org.volunteernet.reporting.export.service.FigureCsv;
import org.volunteernet.reporting.workunit.rest.WorkUnitReport;

/**
 * A work unit's year as CSV: every figure of {@link WorkUnitReport}, one row each (see {@link FigureCsv}); subject
 * columns unit id, unit, kind, district code, district name (GB/T 2260), year. The kind is written in the CSV's
 * language ({@link Vocabulary#WORK_UNIT_KIND}: {@code ENTERPRISE} as 企业 or "Enterprise"; a kind it does not know as
 * its code); the JSON report keeps the code. Post deeds and volunteer hours stay separate rows, never added.
 */
public final class WorkUnitReportCsv {

    private WorkUnitReportCsv() {
    }

    public static byte[] csv(WorkUnitReport report, DocumentLanguage language) {
        return FigureCsv.write(List.of(new FigureCsv.Column("单位编号", "work unit id", report.workUnitId()),
                new FigureCsv.Column("单位", "work unit", report.name()),
                new FigureCsv.Column("单位类型", "kind", Vocabulary.WORK_UNIT_KIND.label(report.kind(), language)),
                new FigureCsv.Column("区划代码", "district code", report.district()),
                new FigureCsv.Column("区县", "district", report.districtName()),
                new FigureCsv.Column("年份", "year", report.year())), figures(report), language);
    }

    public static List<Figure> figures(WorkUnitReport report) {
        List<Figure> rows = new ArrayList<>();
        rows.add(Figure.of("members", "成员", "members", report.members()));
        rows.add(Figure.of("postDeeds", "岗位善行", "post deeds", report.postDeeds()));
        rows.add(Figure.of("postMinutes", "岗位善行分钟数", "post deed minutes", report.postMinutes()));
        rows.add(Figure.of("volunteerHours", "成员核定志愿服务时长（小时）", "members' verified volunteer hours", report.volunteerHours()));
        rows.add(Figure.of("membersVolunteering", "有志愿服务时长的成员", "members volunteering", report.membersVolunteering()));
        for (WorkUnitReport.Month m : report.months()) {
            rows.add(Figure.monthly("months.postDeeds", "岗位善行", "post deeds", m.month(), m.postDeeds()));
            rows.add(Figure.monthly("months.postMinutes", "岗位善行分钟数", "post deed minutes", m.month(), m.postMinutes()));
            rows.add(Figure.monthly("months.volunteerHours", "成员核定志愿服务时长（小时）", "members' verified volunteer hours",
                    m.month(), m.volunteerHours()));
            rows.add(Figure.monthly("months.membersVolunteering", "有志愿服务时长的成员", "members volunteering", m.month(),
                    m.membersVolunteering()));
        }
        return rows;
    }
}
