package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
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

/** The district report as CSV (Apache Commons CSV) and as an SVG chart (JFreeChart drawn by JFreeSVG). */
@ApplicationScoped
public class DistrictReportRenderings {

    static final int WIDTH = 900;
    static final int HEIGHT = 480;

    public String csv(DistrictReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("district", "year", "month", "hours",
                "activeVolunteers", "deedsSelfReported", "deedsWitnessed", "newRegistrations").get())) {
            for (DistrictReport.Month m : report.months()) {
                csv.printRecord(report.district(), report.year(), m.month(), m.hours().toPlainString(), m.activeVolunteers(),
                        m.deedsSelfReported(), m.deedsWitnessed(), m.newRegistrations());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String svg(DistrictReport report) {
        DefaultCategoryDataset hours = new DefaultCategoryDataset();
        DefaultCategoryDataset active = new DefaultCategoryDataset();
        for (DistrictReport.Month m : report.months()) {
            String month = Month.of(m.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            hours.addValue(m.hours(), "Verified volunteer hours", month);
            active.addValue(m.activeVolunteers(), "Active volunteers", month);
        }
        CategoryPlot plot = new CategoryPlot();
        plot.setDataset(0, hours);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0xC6, 0x28, 0x28));
        plot.setRenderer(0, bars);
        plot.setDomainAxis(new org.jfree.chart.axis.CategoryAxis("Month"));
        plot.setRangeAxis(0, new NumberAxis("Hours"));
        plot.setDataset(1, active);
        LineAndShapeRenderer line = new LineAndShapeRenderer();
        line.setSeriesPaint(0, new Color(0x15, 0x65, 0xC0));
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(1, line);
        NumberAxis people = new NumberAxis("Active volunteers");
        people.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, people);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));

        JFreeChart chart = new JFreeChart("District " + report.district() + ": volunteering by month, " + report.year(),
                new Font("SansSerif", Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("March and April hold " + percent(report.marchAprilShare().hours())
                + " of the year's hours (an even year: 16.7%)", new Font("SansSerif", Font.PLAIN, 13)));
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return svg.getSVGDocument();
    }

    private static String percent(java.math.BigDecimal share) {
        return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
