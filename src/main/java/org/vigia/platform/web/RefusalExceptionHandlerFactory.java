package org.vigia.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.vigia.platform.DatabaseOutage;
import org.vigia.shared.AccessRefused;
import org.vigia.shared.RecordNotFound;

/**
 * The one place where an exception from a page becomes what the user sees, so that backing beans do not catch:
 * <ul>
 * <li>an action or listener of a postback (full or ajax) that throws: the refusal is shown by
 * {@link Messages#refused(Throwable)} (beside the fields an {@code InvalidInput} names, a conflict, a refusal of
 * access, a missing record, or the general error with a logged incident id), the request is marked as failed
 * validation and the same page re-renders with what the user typed;</li>
 * <li>a page that a service refuses to show (a subject of another site, a study the caller holds no role in) answers
 * 403 with the "Not allowed" page, and one about a record that does not exist answers 404, instead of PrimeFaces'
 * redirect to the general error page (full-page requests);</li>
 * <li>anything else, and a database out of reach anywhere (the "unavailable" page), goes on to PrimeFaces' handler
 * and the error pages as before.</li>
 * </ul>
 * Wraps PrimeFaces' handler factory in {@code faces-config.xml}. A bean keeps a {@code catch} only where it does
 * something of its own on failure (e.g. clears a password field).
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class RefusalExceptionHandler extends ExceptionHandlerWrapper {

        RefusalExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext fc = FacesContext.getCurrentInstance();
            if (fc != null) {
                showActionRefusals(fc);
                if (!fc.getPartialViewContext().isAjaxRequest() && answeredWithStatus(fc)) {
                    return;
                }
            }
            getWrapped().handle();
        }

        /** Exceptions of actions and listeners on a postback become messages on the same page. */
        private void showActionRefusals(FacesContext fc) {
            if (!fc.isPostback()) {
                return;
            }
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                ExceptionQueuedEventContext event = it.next().getContext();
                Throwable thrown = event.getException();
                if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION && !DatabaseOutage.causedBy(thrown)) {
                    it.remove();
                    Messages.refused(thrown);
                }
            }
        }

        private boolean answeredWithStatus(FacesContext fc) {
            int status = 0;
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                status = status != 0 ? status : status(event.getContext().getException());
            }
            ExternalContext ec = fc.getExternalContext();
            if (status == 0 || ec.isResponseCommitted()) {
                return false;
            }
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                it.next();
                it.remove();
            }
            try {
                ec.responseReset();
                ec.responseSendError(status, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fc.responseComplete();
            return true;
        }

        /** 403 for a refusal, 404 for a record that does not exist, 0 otherwise (anywhere in the cause chain). */
        static int status(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof AccessRefused || t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException) {
                    return 403;
                }
                if (t instanceof RecordNotFound) {
                    return 404;
                }
            }
            return 0;
        }
    }
}
