package org.vigia.it;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The subject page as a casebook ({@code subject/view.xhtml}), as a user moves in it: the links down the side to a
 * subject-level section or a visit, and what the side shows of each visit.
 * <pre>{@code
 * Casebook.section(b, "enrolment");   // clicks "Enrolment" on the side, waits for the page
 * Casebook.visit(b, "IND-C1D1");
 * }</pre>
 */
final class Casebook {

    private Casebook() {
    }

    /** Clicks the side link of a section (eligibility, enrolment, baseline, labs, forms, schedule). */
    static void section(Browser b, String name) {
        follow(b, By.cssSelector("a[data-section='" + name + "']"), "section=" + name);
    }

    /** Clicks the side link of a visit. */
    static void visit(Browser b, String code) {
        follow(b, By.cssSelector("a[data-visit='" + code + "']"), "visit=" + code);
    }

    /** The side entry of a visit: its name, date and status label, as shown. */
    static String visitEntry(Browser b, String code) {
        return link(b, By.cssSelector("a[data-visit='" + code + "']")).getText();
    }

    /** The status label the side shows for a visit, with its CSS class ({@code vigia-cell-<STATUS>}). */
    static WebElement visitStatus(Browser b, String code) {
        return link(b, By.cssSelector("a[data-visit='" + code + "']")).findElement(By.cssSelector("[id$=':visitStatus']"));
    }

    /** The rows of the visit shown: "form/procedure | status | open" as text, one a row. */
    static List<String> procedures(Browser b) {
        return b.all(By.cssSelector("[id='visitForm:procedures'] tbody tr")).stream().map(WebElement::getText).toList();
    }

    private static WebElement link(Browser b, By by) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void follow(Browser b, By by, String param) {
        WebElement a = new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by));
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", a);
        a.click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(param));
        b.waitForAjax();
    }
}
