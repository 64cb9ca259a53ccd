package org.vigia.audit;

import java.util.List;

/**
 * Which audit rows the caller may read, given by the layer that knows the caller's memberships (the account
 * feature's {@code MembershipAuditReadScope}): the audit trail sits below accounts and does not read them itself.
 * <pre>{@code
 * for (AuditReadScope.Scope s : scope.callerScopes()) { ... s.studyId() ... s.siteId() ... }
 * }</pre>
 */
public interface AuditReadScope {

    /**
     * One membership's reach: a study (null: every study) at a site (null: every site).
     */
    record Scope(Long studyId, Long siteId) {

        public boolean everything() {
            return studyId == null && siteId == null;
        }
    }

    /** The caller's scopes; an empty list reaches only rows of no study and no site. */
    List<Scope> callerScopes();
}
