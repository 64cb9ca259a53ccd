package org.vigia.account.api;

import org.vigia.account.Membership;

/** A role at a study (null: all) and site (null: all). */
public record MembershipJson(Long id, String role, Long studyId, Long siteId) {

    static MembershipJson of(Membership m) {
        return new MembershipJson(m.getId(), m.getRole().name(), m.getStudyId(), m.getSiteId());
    }
}
