package org.vigia.platform.web;

import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One save per rendered form, against double clicks and resent postbacks: the form carries a token in a hidden
 * field, the save consumes it, and a second request with the same token (a second click that got through, the browser
 * resending the postback, two tabs of one view) is refused instead of creating the record twice. The re-rendered form
 * carries the next token. Save buttons also disable themselves while their request runs (PrimeFaces
 * {@code disableOnAjax}, on by default).
 * <pre>{@code
 * private final SubmitGuard guard = new SubmitGuard();      // in a @ViewScoped bean, with getGuard()
 * <h:inputHidden id="submitToken" value="#{bean.guard.token}"/>   <!-- in the form -->
 * public void record() { if (!guard.consume()) { Messages.error(null, Messages.text("error.doubleSubmit")); return; } ... }
 * }</pre>
 */
public final class SubmitGuard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AtomicReference<String> current = new AtomicReference<>(UUID.randomUUID().toString());
    private volatile String submitted;

    /** The token to render in the form. */
    public String getToken() {
        return current.get();
    }

    /** The token the form came back with. */
    public void setToken(String token) {
        this.submitted = token;
    }

    /** True exactly once for the token the form was rendered with; the next render carries a new one. */
    public boolean consume() {
        String token = submitted;
        submitted = null;
        return token != null && current.compareAndSet(token, UUID.randomUUID().toString());
    }

    /** Refuses a repeated submission with a message at the top of the page; true when the save may go on. */
    public boolean allowsSave() {
        if (consume()) {
            return true;
        }
        Messages.error(null, Messages.text("error.doubleSubmit"));
        return false;
    }
}
