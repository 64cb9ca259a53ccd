package org.vigia.account;

import java.io.Serializable;
import java.util.List;

/**
 * The sites a caller may give memberships for, as the users screen lists them; implemented by the site feature
 * ({@code org.vigia.site.SiteServiceDirectory}), which sits above accounts.
 * <pre>{@code
 * for (SiteDirectory.SiteOption s : directory.visibleSites()) { ... s.code() ... }
 * }</pre>
 */
public interface SiteDirectory {

    /** A site as a choice: id, code and name. */
    record SiteOption(Long id, String code, String name) implements Serializable {
    }

    /** The sites the caller can see, in the order of the sites screen. */
    List<SiteOption> visibleSites();
}
