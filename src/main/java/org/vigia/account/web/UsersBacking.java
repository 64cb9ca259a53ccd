package org.vigia.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vigia.account.Role;
import org.vigia.account.SiteDirectory;
import org.vigia.account.SiteDirectory.SiteOption;
import org.vigia.account.UserAccount;
import org.vigia.account.UserAccountService;
import org.vigia.platform.web.Messages;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;

/** Backs {@code admin/users.xhtml}: create users, deactivate, reset passwords, grant and revoke roles. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccountService users;

    @Inject
    private SiteDirectory sites;

    private List<UserAccount> list;
    private List<SiteOption> siteList;

    @MaxLength(TextLimits.USERNAME)
    private String username;
    @MaxLength(TextLimits.FULL_NAME)
    private String fullName;
    @MaxLength(TextLimits.EMAIL)
    private String email;
    @MaxLength(TextLimits.PASSWORD)
    private String password;

    private UserAccount selected;
    @MaxLength(TextLimits.PASSWORD)
    private String newPassword;
    private Role role;
    private Long studyId;
    private Long siteId;
    @MaxLength(TextLimits.REASON)
    private String reason;

    @PostConstruct
    void load() {
        list = users.list();
        siteList = sites.visibleSites();
    }

    public void create() {
        UserAccount u = users.create(username, fullName, email, password);
        Messages.info(Bundle.MESSAGES, "users.created", u.getUsername());
        username = fullName = email = password = null;
        load();
    }

    public void select(UserAccount user) {
        selected = user;
        newPassword = null;
        role = null;
        studyId = null;
        siteId = null;
        reason = null;
    }

    public void toggleActive(UserAccount user) {
        users.setActive(user.getId(), !user.isActive(), reason);
        reason = null;
        load();
    }

    public void resetPassword() {
        users.resetPassword(selected.getId(), newPassword, reason);
        Messages.info(Bundle.MESSAGES, "users.passwordReset", selected.getUsername());
        newPassword = null;
    }

    public void grant() {
        users.grant(selected.getId(), role, studyId, siteId);
        Messages.info(Bundle.MESSAGES, "users.granted");
        load();
        selected = users.find(selected.getId()).orElse(null);
    }

    public void revoke(Long userId, Long membershipId) {
        users.revoke(userId, membershipId, reason);
        reason = null;
        Messages.info(Bundle.MESSAGES, "users.revoked");
        load();
    }

    public String siteCode(Long id) {
        if (id == null) {
            return "*";
        }
        return siteList.stream().filter(s -> s.id().equals(id)).map(SiteOption::code).findFirst().orElse("#" + id);
    }

    public Role[] getRoles() { return Role.values(); }
    public List<UserAccount> getList() { return list; }
    public List<SiteOption> getSiteList() { return siteList; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public UserAccount getSelected() { return selected; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getStudyId() { return studyId; }
    public void setStudyId(Long studyId) { this.studyId = studyId; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
