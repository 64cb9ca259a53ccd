package org.vigia.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Texts;

/**
 * An ISO 8601 date ({@code 2026-03-10}) in a view parameter or a text field; an unreadable one is refused with a
 * message in the view's language. Registered by id, not for the type: PrimeFaces date pickers convert their own
 * {@code LocalDate}s with their pattern.
 * <pre>{@code
 * <f:viewParam name="on" value="#{bean.on}" converter="vigia.localDate"/>
 * }</pre>
 */
@FacesConverter("vigia.localDate")
public class LocalDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value, locale(context));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }

    static LocalDate parse(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            String message = Texts.text(Bundle.MESSAGES, locale, "converter.date", value.trim());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null), e);
        }
    }

    static Locale locale(FacesContext context) {
        return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
