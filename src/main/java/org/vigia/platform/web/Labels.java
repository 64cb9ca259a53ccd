package org.vigia.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/**
 * Labels for codes on the screens, in the view's language: an enum constant through its key
 * {@code enum.<SimpleName>.<CONSTANT>} ({@link Texts#enumKey}) in whichever bundle family holds it (each feature
 * keeps the labels of its own enums), a code stored as a string through the same key built from a type name.
 * A code without a label is shown as it is (the bundle completeness test keeps that from shipping).
 * <pre>{@code
 * <p:column>#{labels.of(m.role)}</p:column>                       <!-- Role.MONITOR → "Monitor" / "监查员" -->
 * <p:column>#{labels.code('AuditAction', r.action)}</p:column>    <!-- a String column -->
 * <f:selectItems value="#{bean.roles}" var="r" itemValue="#{r}" itemLabel="#{labels.of(r)}"/>
 * <p:column>#{labels.text(n.messageText)}</p:column>              <!-- a stored text -->
 * }</pre>
 */
@Named
@ApplicationScoped
public class Labels {

    /** The label of {@code value} if it is an enum constant; anything else as it is; {@code null} as "". */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return find(Texts.enumKey(e), viewLocale()).orElse(e.name());
        }
        return value.toString();
    }

    /** The label of a code kept as a string, e.g. {@code code('AuditAction', 'SIGN_IN')}. */
    public String code(String type, Object code) {
        if (code == null || code.toString().isEmpty()) {
            return "";
        }
        return find("enum." + type + "." + code, viewLocale()).orElse(code.toString());
    }

    /** A text (e.g. a stored message, {@link org.vigia.shared.text.TextCodec}) in the view's language. */
    public String text(Text text) {
        return Texts.render(text, viewLocale());
    }

    /** The label of {@code key} in the first bundle family that has it. */
    static Optional<String> find(String key, Locale locale) {
        for (Bundle bundle : Bundle.values()) {
            Optional<String> found = Texts.find(bundle, locale, key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Locale viewLocale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc == null || fc.getViewRoot() == null ? Locale.ENGLISH : fc.getViewRoot().getLocale();
    }
}
