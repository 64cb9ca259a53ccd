package org.vigia.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.vigia.audit.AuditReadScope;

/**
 * The audit rows a caller may read follow their memberships ({@link AccessGuard#memberships()}): injected into the
 * audit trail's search as its {@link AuditReadScope}.
 */
@Dependent
public class MembershipAuditReadScope implements AuditReadScope {

    @Inject
    private AccessGuard access;

    @Override
    public List<Scope> callerScopes() {
        return access.memberships().stream().map(m -> new Scope(m.getStudyId(), m.getSiteId())).toList();
    }
}
