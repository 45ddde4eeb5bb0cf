package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.volunteernet.reporting.district.rest.DistrictReport;
import org.volunteernet.reporting.districtname.service.DistrictNames;
import org.volunteernet.reporting.export.domain.Figure;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.reporting.export.service.FigureCsv;

/**
 * The district report as CSV (Apache Commons CSV, every figure of the JSON report, one row each) and as an SVG
 * chart (JFreeChart drawn by JFreeSVG: hours as bars, active volunteers as a line), in Chinese or English.
 * The month in progress is drawn as partial (lighter bar with a dashed outline, hollow point, a legend entry and a
 * note); later months of the current year are left empty.
 */
@ApplicationScoped
public class DistrictReportRenderings {

    static final int WIDTH = 900;
    static final int HEIGHT = 480;

    /**
     * SVG text is drawn by the viewer: CJK fonts first, then any sans-serif. JFreeSVG writes it unescaped into a
     * single-quoted style attribute, so the family names are quoted with {@code &quot;}.
     */
    public static final String FONT_FAMILY = "&quot;Noto Sans CJK SC&quot;, &quot;Noto Sans SC&quot;, &quot;Source Han Sans SC&quot;, "
            + "&quot;PingFang SC&quot;, &quot;Hiragino Sans GB&quot;, &quot;Microsoft YaHei&quot;, &quot;WenQuanYi Micro Hei&quot;, SimHei, sans-serif";

    static final Color HOURS = new Color(0xC6, 0x28, 0x28);
    static final Color HOURS_PARTIAL = new Color(0xEF, 0xB3, 0xB3);
    static final Color ACTIVE = new Color(0x15, 0x65, 0xC0);

    @Inject
    DistrictNames names;

    public DistrictReportRenderings() {
    }

    /** Outside CDI (unit tests). */
    public static DistrictReportRenderings withNames(DistrictNames names) {
        DistrictReportRenderings renderings = new DistrictReportRenderings();
        renderings.names = names;
        return renderings;
    }

    /** The CSV columns that name the district on every row. */
    List<FigureCsv.Column> subject(DistrictReport report) {
        return List.of(new FigureCsv.Column("区划代码", "district code", report.district()),
                new FigureCsv.Column("区县", "district", names.of(report.district()).map(n -> n.zh()).orElse(null)),
                new FigureCsv.Column("区县（英文）", "district (English)", names.of(report.district()).map(n -> n.en()).orElse(null)),
                new FigureCsv.Column("年份", "year", report.year()));
    }

    /**
     * Every figure of the report in the order of its JSON fields: registrations, the twelve months (hours with 2
     * decimals, active volunteers, deeds self-reported and witnessed, new registrations), the March-April shares
     * (fractions, 4 decimals), months-active distribution (item: months active), March retention, star levels
     * (item: stars), top brands (item: brand name, value: hours) and overdue records.
     */
    public static List<Figure> figures(DistrictReport report) {
        List<Figure> rows = new ArrayList<>();
        rows.add(Figure.of("registeredVolunteers", "注册志愿者（年末）", "registered volunteers (year end)", report.registeredVolunteers()));
        rows.add(Figure.of("newRegistrations", "本年新注册志愿者", "new registrations in the year", report.newRegistrations()));
        for (DistrictReport.Month m : report.months()) {
            rows.add(Figure.monthly("months.hours", "核定志愿服务时长（小时）", "verified volunteer hours", m.month(), m.hours()));
            rows.add(Figure.monthly("months.activeVolunteers", "活跃志愿者", "active volunteers", m.month(), m.activeVolunteers()));
            rows.add(Figure.monthly("months.deedsSelfReported", "自报善行", "deeds self-reported", m.month(), m.deedsSelfReported()));
            rows.add(Figure.monthly("months.deedsWitnessed", "见证善行", "deeds witnessed", m.month(), m.deedsWitnessed()));
            rows.add(Figure.monthly("months.newRegistrations", "新注册志愿者", "new registrations", m.month(), m.newRegistrations()));
        }
        rows.add(Figure.of("marchAprilShare.hours", "3-4月时长占全年比例", "March-April share of hours", report.marchAprilShare().hours()));
        rows.add(Figure.of("marchAprilShare.deeds", "3-4月善行占全年比例", "March-April share of deeds", report.marchAprilShare().deeds()));
        for (Map.Entry<String, Long> e : report.monthsActiveDistribution().entrySet()) {
            rows.add(Figure.item("monthsActiveDistribution", "按活跃月数的志愿者人数", "volunteers by months active", e.getKey(), e.getValue()));
        }
        rows.add(Figure.of("marchRetention.firstActiveInMarch", "3月首次活跃的志愿者", "first active in March",
                report.marchRetention().firstActiveInMarch()));
        rows.add(Figure.of("marchRetention.activeFromMayOn", "其中5月后再次活跃", "of those, active again from May on",
                report.marchRetention().activeFromMayOn()));
        rows.add(Figure.of("marchRetention.share", "3月志愿者留存率", "March retention share", report.marchRetention().share()));
        for (Map.Entry<String, Long> e : report.starLevels().entrySet()) {
            rows.add(Figure.item("starLevels", "星级志愿者人数", "volunteers by star level", e.getKey(), e.getValue()));
        }
        for (DistrictReport.BrandHours b : report.topBrands()) {
            rows.add(Figure.item("topBrands", "品牌志愿服务时长（小时）", "brand hours", b.name(), b.hours()));
        }
        rows.add(Figure.of("overdueRecords", "逾期未记录的活动场次", "occurrences not recorded in time", report.overdueRecords()));
        return rows;
    }

    /** The CSV as bytes (UTF-8 with BOM). */
    public byte[] csv(DistrictReport report, DocumentLanguage language) {
        return FigureCsv.write(subject(report), figures(report), language);
    }

    /** The file name of the CSV: {@code 230110-香坊区-2026.csv} or {@code 230110-Xiangfang-District-2026.csv}. */
    public String fileName(DistrictReport report, DocumentLanguage language) {
        return report.district() + names.of(report.district()).map(n -> "-" + n.in(language).replace(' ', '-')).orElse("")
                + "-" + report.year() + ".csv";
    }

    /** The name shown in titles: the GB/T 2260 name, or the code when not listed. */
    String displayName(String district, DocumentLanguage language) {
        return names.of(district).map(n -> language.pick(n.zh(), n.en() + " (" + district + ")"))
                .orElse(language.pick(district, "District " + district));
    }

    /**
     * The chart. {@code today} (network zone) decides which month is in progress: in the current year, that month
     * is partial and later months have no data; earlier years are complete; a later year has no data.
     */
    public String svg(DistrictReport report, DocumentLanguage language, LocalDate today) {
        int partial = report.year() == today.getYear() ? today.getMonthValue() : 0;
        int lastShown = report.year() < today.getYear() ? 12 : report.year() == today.getYear() ? today.getMonthValue() : 0;
        String hoursSeries = language.pick("核定志愿服务时长（小时）", "Verified volunteer hours");
        String activeSeries = language.pick("活跃志愿者（人）", "Active volunteers");
        DefaultCategoryDataset hours = new DefaultCategoryDataset();
        DefaultCategoryDataset active = new DefaultCategoryDataset();
        for (DistrictReport.Month m : report.months()) {
            String month = monthLabel(m.month(), language);
            boolean shown = m.month() <= lastShown;
            hours.addValue(shown ? m.hours() : null, hoursSeries, month);
            active.addValue(shown ? (Number) m.activeVolunteers() : null, activeSeries, month);
        }
        int partialColumn = partial - 1;
        CategoryPlot plot = new CategoryPlot();
        plot.setDataset(0, hours);
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == partialColumn ? HOURS_PARTIAL : HOURS;
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return HOURS;
            }

            @Override
            public Stroke getItemOutlineStroke(int row, int column) {
                return column == partialColumn
                        ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f)
                        : new BasicStroke(0.5f);
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setSeriesPaint(0, HOURS);
        plot.setRenderer(0, bars);
        plot.setDomainAxis(new CategoryAxis(language.pick("月份", "Month")));
        plot.setRangeAxis(0, new NumberAxis(language.pick("小时", "Hours")));
        plot.setDataset(1, active);
        LineAndShapeRenderer line = new LineAndShapeRenderer() {
            @Override
            public boolean getItemShapeFilled(int row, int column) {
                return column != partialColumn;
            }
        };
        line.setUseFillPaint(false);
        line.setSeriesPaint(0, ACTIVE);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(1, line);
        NumberAxis people = new NumberAxis(language.pick("活跃志愿者（人）", "Active volunteers"));
        people.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, people);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        if (partial > 0) {
            LegendItemCollection legend = new LegendItemCollection();
            legend.add(new LegendItem(hoursSeries, HOURS));
            legend.add(new LegendItem(language.pick("本月（未满月，部分数据）", "This month (partial)"), HOURS_PARTIAL));
            LegendItem activeItem = new LegendItem(activeSeries, ACTIVE);
            legend.add(activeItem);
            plot.setFixedLegendItems(legend);
        }

        Font titleFont = new Font("SansSerif", Font.BOLD, 18);
        Font noteFont = new Font("SansSerif", Font.PLAIN, 13);
        String name = displayName(report.district(), language);
        JFreeChart chart = new JFreeChart(language.pick(name + " " + report.year() + "年志愿服务月度统计",
                name + ": volunteering by month, " + report.year()), titleFont, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String share = percent(report.marchAprilShare().hours());
        chart.addSubtitle(new TextTitle(language.pick("3月、4月占全年时长的" + share + "（全年均匀分布为16.7%）",
                "March and April hold " + share + " of the year's hours (an even year: 16.7%)"), noteFont));
        if (partial > 0) {
            String monthName = monthLabel(partial, language);
            chart.addSubtitle(new TextTitle(language.pick(
                    monthName + "为截至" + today.getDayOfMonth() + "日的部分数据（浅色柱、空心点），不是整月",
                    monthName + " is partial, up to the " + ordinal(today.getDayOfMonth()) + " (light bar, hollow point), not a full month"),
                    noteFont));
        }
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setFontFunction(family -> FONT_FAMILY);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return svg.getSVGDocument();
    }

    static String monthLabel(int month, DocumentLanguage language) {
        return language.pick(month + "月", Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    private static String ordinal(int day) {
        String suffix = day % 100 / 10 == 1 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return day + suffix;
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
