package org.vigia.study.definition;

import java.util.List;

/**
 * What the baseline tumour form offers and requires (YAML section {@code tumourClassification}): the primary sites,
 * the AJCC 8th edition T, N and M categories and stage groups, the HPV/p16 statuses, and per site which extra items
 * the protocol asks for. For the head-and-neck trials: HPV/p16 status for oropharynx only, EBV DNA for nasopharynx
 * only, rT/rN/rM for recurrent nasopharyngeal carcinoma.
 * <pre>{@code
 * TumourClassification t = definition.tumourClassification();
 * t.primarySites();                      // [NASOPHARYNX, OROPHARYNX, ...]
 * t.asksHpvP16("OROPHARYNX");            // true
 * t.asksRecurrenceStaging("NASOPHARYNX"); // true
 * }</pre>
 *
 * @param primarySites           codes of the primary sites
 * @param tCategories            T categories (also offered for rT)
 * @param nCategories            N categories (also offered for rN)
 * @param mCategories            M categories (also offered for rM)
 * @param stages                 stage groups
 * @param hpvStatuses            HPV/p16 statuses
 * @param hpvP16Sites            sites whose HPV/p16 status is required; recorded for these sites only
 * @param ebvDnaSites            sites whose EBV DNA is expected; recorded for these sites only
 * @param recurrenceStagingSites sites whose recurrent disease needs rT, rN and rM
 */
public record TumourClassification(List<String> primarySites, List<String> tCategories, List<String> nCategories,
        List<String> mCategories, List<String> stages, List<String> hpvStatuses, List<String> hpvP16Sites,
        List<String> ebvDnaSites, List<String> recurrenceStagingSites, String source, boolean assumption,
        String note) {

    public TumourClassification {
        primarySites = Lists.copy(primarySites);
        tCategories = Lists.copy(tCategories);
        nCategories = Lists.copy(nCategories);
        mCategories = Lists.copy(mCategories);
        stages = Lists.copy(stages);
        hpvStatuses = Lists.copy(hpvStatuses);
        hpvP16Sites = Lists.copy(hpvP16Sites);
        ebvDnaSites = Lists.copy(ebvDnaSites);
        recurrenceStagingSites = Lists.copy(recurrenceStagingSites);
    }

    /** Whether HPV/p16 status is required (and allowed) for this primary site. */
    public boolean asksHpvP16(String site) {
        return site != null && hpvP16Sites.contains(site);
    }

    /** Whether EBV DNA is expected (and allowed) for this primary site. */
    public boolean asksEbvDna(String site) {
        return site != null && ebvDnaSites.contains(site);
    }

    /** Whether recurrent disease at this primary site needs rT, rN and rM. */
    public boolean asksRecurrenceStaging(String site) {
        return site != null && recurrenceStagingSites.contains(site);
    }
}
