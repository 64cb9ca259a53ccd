package org.vigia.platform.web;

import org.vigia.shared.RecordNotFound;

/**
 * The id of the record a page is about, from a view parameter kept as text ({@code f:viewParam} without a
 * converter), so that an id that is not a number answers 404 like one that does not exist, instead of a conversion
 * message on an empty page:
 * <pre>{@code
 * <f:metadata>
 *   <f:viewParam name="subject" value="#{followUpBacking.subjectParam}"/>
 *   <f:viewAction action="#{followUpBacking.open}"/>
 * </f:metadata>
 *
 * public void open() {
 *     subjectId = ViewParams.id(subjectParam, "Subject");
 *     ...
 * }
 * }</pre>
 */
public final class ViewParams {

    private ViewParams() {
    }

    /** The id in {@code text}; a missing id or one that is not a number is a {@link RecordNotFound} {@code what}. */
    public static Long id(String text, String what) {
        Long id = optionalId(text, what);
        if (id == null) {
            throw new RecordNotFound(what, text);
        }
        return id;
    }

    /** The id in {@code text}, {@code null} when there is none; one that is not a number is a {@link RecordNotFound}. */
    public static Long optionalId(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new RecordNotFound(what, text);
        }
    }
}
