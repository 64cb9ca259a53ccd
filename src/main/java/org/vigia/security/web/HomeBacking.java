package org.vigia.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.account.Membership;
import org.vigia.account.Role;
import org.vigia.account.UserAccountService;

/**
 * Backs {@code index.xhtml}: who is signed in and with which roles. A DMC member without another role is sent to
 * the DMC dashboard, the only screens open to them.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private AccessGuard access;

    @Inject
    private UserAccountService users;

    private String fullName;
    private List<Membership> memberships;

    @PostConstruct
    void load() {
        String me = access.caller();
        fullName = users.findByUsername(me).map(u -> u.getFullName()).orElse(me);
        memberships = access.memberships();
    }

    /** The view action of the home page: the DMC dashboard for a DMC member who holds no other role. */
    public String landing() {
        boolean dmcOnly = !memberships.isEmpty() && memberships.stream().allMatch(m -> m.getRole() == Role.DMC_MEMBER);
        return dmcOnly ? "/dmc/index?faces-redirect=true" : null;
    }

    public String getFullName() { return fullName; }
    public List<Membership> getMemberships() { return memberships; }
}
