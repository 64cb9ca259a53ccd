package org.vigia.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * One save per rendered form, against double clicks and resent postbacks: the form carries a token in a hidden
 * field, the save consumes it, and a second request with the same token (a second click that got through, the browser
 * resending the postback, two tabs of one view) is refused instead of creating the record twice. The re-rendered form
 * carries the next token. Save buttons also disable themselves while their request runs (PrimeFaces
 * {@code disableOnAjax}, on by default). The token is read from the request parameters, outside the Faces
 * lifecycle, so no converter, validator or partial processing can lose it.
 * <pre>{@code
 * private final SubmitGuard guard = new SubmitGuard();      // in a @ViewScoped bean, with getGuard()
 * <input type="hidden" name="submitToken" value="#{bean.guard.token}"/>   <!-- in the form -->
 * public void record() { if (!guard.allowsSave()) { return; } ... }
 * }</pre>
 */
public final class SubmitGuard implements Serializable {

    /** The request parameter carrying the token. */
    public static final String PARAMETER = "submitToken";

    private static final long serialVersionUID = 1L;

    private final AtomicReference<String> current = new AtomicReference<>(UUID.randomUUID().toString());

    /** The token to render in the form. */
    public String getToken() {
        return current.get();
    }

    /** True exactly once for the token the form was rendered with; the next render carries a new one. */
    public boolean consume(String submitted) {
        String expected = current.get(); // compareAndSet compares references: swap the instance that was rendered
        return expected.equals(submitted) && current.compareAndSet(expected, UUID.randomUUID().toString());
    }

    /**
     * Consumes the token of the current request; when it was already used, adds a message at the top of the page
     * and returns false (the save must not go on).
     */
    public boolean allowsSave() {
        String submitted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(PARAMETER);
        if (consume(submitted)) {
            return true;
        }
        FacesContext.getCurrentInstance().validationFailed();
        Messages.error(null, Text.of(Bundle.MESSAGES, "error.doubleSubmit"));
        return false;
    }
}
