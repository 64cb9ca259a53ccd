package org.vigia.site;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.vigia.account.SiteDirectory;

/** The account feature's view of the sites ({@link SiteDirectory}), read through {@link SiteService#listVisible()};
 * serializable, as the view-scoped users screen holds it. */
@Dependent
public class SiteServiceDirectory implements SiteDirectory, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService sites;

    @Override
    public List<SiteOption> visibleSites() {
        return sites.listVisible().stream().map(s -> new SiteOption(s.getId(), s.getCode(), s.getName())).toList();
    }
}
