package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import org.vigia.dmc.DmcMessages;
import org.vigia.dmc.ReportFigure;

/**
 * The bar chart of treated subjects by worst AE grade (1–5), one series per arm (or the total alone when the
 * summaries are not split by arm).
 * <pre>{@code
 * ReportFigure chart = AdverseEventGradeFigure.of(report);    // id "figure-ae-grade"
 * }</pre>
 */
public final class AdverseEventGradeFigure {

    private AdverseEventGradeFigure() {
    }

    public static ReportFigure of(ReportContext report) {
        DmcMessages msg = report.msg();
        List<String> categories = new ArrayList<>();
        for (int grade = 1; grade <= 5; grade++) {
            categories.add(msg.get("grade.n", Integer.toString(grade)));
        }
        int[] worstOfAll = report.safety().worstOfAll();
        List<ReportFigure.Series> series = new ArrayList<>();
        for (int g = 0; g < report.columns().chartGroups(); g++) {
            int[] n = new int[6];
            for (int i = 0; i < report.subjects().size(); i++) {
                if (report.member(g, i) && report.treated(i)) {
                    n[worstOfAll[i]]++;
                }
            }
            List<Integer> values = new ArrayList<>();
            for (int grade = 1; grade <= 5; grade++) {
                values.add(n[grade]);
            }
            series.add(new ReportFigure.Series(report.columns().label(g), values));
        }
        return new ReportFigure.AdverseEventGradeChart("figure-ae-grade", msg.get("figure.aeGrade"),
                msg.get("figure.aeGrade.x"), msg.get("figure.aeGrade.y"), categories, series);
    }
}
