package org.vigia.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import org.vigia.shared.PartialDate;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Texts;

/**
 * A {@link PartialDate} ({@code 2026}, {@code 2026-03}, {@code 2026-03-10}, {@code UN-MAR-2026}) in a view parameter
 * or a field bound to a {@code PartialDate} property, shown in ISO form; an unreadable one is refused with a message
 * in the view's language.
 * <pre>{@code
 * <f:viewParam name="onset" value="#{bean.onset}"/>   <!-- bean.onset is a PartialDate -->
 * }</pre>
 */
@FacesConverter(forClass = PartialDate.class)
public class PartialDateConverter implements Converter<PartialDate> {

    @Override
    public PartialDate getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value, LocalDateConverter.locale(context));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PartialDate value) {
        return value == null ? "" : value.toIso();
    }

    static PartialDate parse(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            String message = Texts.text(Bundle.MESSAGES, locale, "converter.partialDate", value.trim());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null), e);
        }
    }
}
