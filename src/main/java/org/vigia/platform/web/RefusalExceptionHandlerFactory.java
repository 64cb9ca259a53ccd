package org.vigia.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.vigia.shared.AccessRefused;
import org.vigia.shared.RecordNotFound;

/**
 * A page that a service refuses to show (a subject of another site, a study the caller holds no role in) answers
 * 403 with the "Not allowed" page, and one about a record that does not exist answers 404, instead of PrimeFaces'
 * redirect to the general error page (a 500 with an incident id). Only full-page requests: an ajax request's refusal
 * stays with PrimeFaces' handler (the dialog of the layout). Wraps PrimeFaces' handler factory in
 * {@code faces-config.xml}.
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
            if (fc != null && !fc.getPartialViewContext().isAjaxRequest()) {
                int status = 0;
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    status = status != 0 ? status : status(event.getContext().getException());
                }
                ExternalContext ec = fc.getExternalContext();
                if (status != 0 && !ec.isResponseCommitted()) {
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
                    return;
                }
            }
            getWrapped().handle();
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
