package org.vigia.dmc;

import org.vigia.shared.pdf.FontProvider;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.vigia.shared.stats.KaplanMeier;

/**
 * Draws the report's figures as PNG with XChart, headless ({@code java.awt.headless=true} is set before
 * AWT is touched). Fonts come from {@link FontProvider}, so no system font is needed. Kaplan–Meier curves
 * are right-continuous step functions starting at (0, 1), with "+" marks at censored times.
 */
public final class DmcChartRenderer {

    /** Colour-blind-safe palette (Okabe–Ito), one colour per arm in order. */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(230, 159, 0)};

    private final FontProvider fonts;

    public DmcChartRenderer(FontProvider fonts) {
        System.setProperty("java.awt.headless", "true");
        this.fonts = fonts;
    }

    /** PNG bytes of {@code figure} at {@code width} × {@code height} pixels. */
    public byte[] png(ReportFigure figure, int width, int height) {
        try {
            if (figure instanceof ReportFigure.AdverseEventGradeChart bars) {
                return BitmapEncoder.getBitmapBytes(barChart(bars, width, height), BitmapEncoder.BitmapFormat.PNG);
            }
            ReportFigure.KaplanMeierChart km = (ReportFigure.KaplanMeierChart) figure;
            return BitmapEncoder.getBitmapBytes(kaplanMeierChart(km, width, height), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code figure} drawn at {@code width} × {@code height} pixels, RGB without alpha ({@link
     * BufferedImage#TYPE_INT_RGB}), as XChart draws it for a PNG.
     */
    public BufferedImage image(ReportFigure figure, int width, int height) {
        if (figure instanceof ReportFigure.AdverseEventGradeChart bars) {
            return BitmapEncoder.getBufferedImage(barChart(bars, width, height));
        }
        return BitmapEncoder.getBufferedImage(kaplanMeierChart((ReportFigure.KaplanMeierChart) figure, width, height));
    }

    private void style(Styler styler, boolean cjk, float scale) {
        Font base = fonts.chartFont(Font.PLAIN, 13 * scale, cjk);
        styler.setBaseFont(base);
        styler.setChartTitleVisible(false);
        styler.setLegendFont(base);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(Color.GRAY);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(true);
        styler.setAntiAlias(true);
        styler.setSeriesColors(PALETTE);
        styler.setChartPadding((int) (10 * scale));
    }

    CategoryChart barChart(ReportFigure.AdverseEventGradeChart figure, int width, int height) {
        boolean cjk = cjk(figure.xAxisTitle(), figure.yAxisTitle(), String.join("", figure.categories()),
                String.join("", figure.series().stream().map(ReportFigure.Series::name).toList()));
        float scale = width / 1000f;
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height)
                .xAxisTitle(figure.xAxisTitle()).yAxisTitle(figure.yAxisTitle()).build();
        style(chart.getStyler(), cjk, scale);
        Font axis = fonts.chartFont(Font.PLAIN, 14 * scale, cjk);
        chart.getStyler().setAxisTitleFont(axis);
        chart.getStyler().setAxisTickLabelsFont(fonts.chartFont(Font.PLAIN, 13 * scale, cjk));
        chart.getStyler().setYAxisDecimalPattern("#0");
        chart.getStyler().setAxisTitlePadding((int) (10 * scale));
        chart.getStyler().setYAxisMin(0.0);
        int max = figure.series().stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        chart.getStyler().setYAxisMax((double) Math.max(1, max + 1));
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(fonts.chartFont(Font.PLAIN, 12 * scale, cjk));
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        for (ReportFigure.Series s : figure.series()) {
            chart.addSeries(s.name(), figure.categories(), s.values());
        }
        return chart;
    }

    XYChart kaplanMeierChart(ReportFigure.KaplanMeierChart figure, int width, int height) {
        boolean cjk = cjk(figure.xAxisTitle(), figure.yAxisTitle(),
                String.join("", figure.curves().stream().map(ReportFigure.Curve::name).toList()));
        float scale = width / 1000f;
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .xAxisTitle(figure.xAxisTitle()).yAxisTitle(figure.yAxisTitle()).build();
        style(chart.getStyler(), cjk, scale);
        chart.getStyler().setAxisTitleFont(fonts.chartFont(Font.PLAIN, 14 * scale, cjk));
        chart.getStyler().setAxisTickLabelsFont(fonts.chartFont(Font.PLAIN, 13 * scale, cjk));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setXAxisMin(0.0);
        double maxTime = figure.atRiskTimes().isEmpty() ? 0 : figure.atRiskTimes().get(figure.atRiskTimes().size() - 1);
        for (ReportFigure.Curve c : figure.curves()) {
            maxTime = Math.max(maxTime, c.estimate().maximumTime().orElse(0));
        }
        chart.getStyler().setXAxisMax(Math.ceil(maxTime / 90.0) * 90.0);
        chart.getStyler().setXAxisDecimalPattern("#0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        chart.getStyler().setMarkerSize((int) (18 * scale));
        chart.getStyler().setXAxisTickMarkSpacingHint((int) (110 * scale));
        chart.getStyler().setAxisTitlePadding((int) (10 * scale));
        int i = 0;
        for (ReportFigure.Curve c : figure.curves()) {
            Color colour = PALETTE[i++ % PALETTE.length];
            List<Double> xs = new ArrayList<>(List.of(0.0));
            List<Double> ys = new ArrayList<>(List.of(1.0));
            double previous = 1.0;
            for (KaplanMeier.Step step : c.estimate().steps()) {
                if (step.events() > 0) {
                    xs.add(step.time());
                    ys.add(previous);
                    xs.add(step.time());
                    ys.add(step.survival());
                    previous = step.survival();
                }
            }
            double last = c.estimate().maximumTime().orElse(0);
            xs.add(last);
            ys.add(previous);
            XYSeries line = chart.addSeries(c.name(), xs, ys);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(colour);
            line.setLineStyle(new BasicStroke(2.2f * scale));
            List<Double> cx = new ArrayList<>();
            List<Double> cy = new ArrayList<>();
            for (KaplanMeier.Step step : c.estimate().steps()) {
                if (step.censored() > 0) {
                    cx.add(step.time());
                    cy.add(step.survival());
                }
            }
            if (!cx.isEmpty()) {
                XYSeries ticks = chart.addSeries(c.name() + " +", cx, cy);
                ticks.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                ticks.setMarker(SeriesMarkers.PLUS);
                ticks.setMarkerColor(colour);
                ticks.setLineStyle(SeriesLines.NONE);
                ticks.setShowInLegend(false);
            }
        }
        return chart;
    }

    private static boolean cjk(String... texts) {
        for (String t : texts) {
            if (t != null && FontProvider.containsCjk(t)) {
                return true;
            }
        }
        return false;
    }
}
