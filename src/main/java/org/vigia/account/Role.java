package org.vigia.account;

/**
 * What a user may do in Vigia. A role is held through a {@link Membership}: for one study and site, all sites
 * of a study, or (administrators, data managers) every study.
 */
public enum Role {
    /** Sets up studies, sites and users. */
    ADMIN,
    /** Cleans and exports data across sites; reads the audit trail. */
    DATA_MANAGER,
    /** Verifies source data and raises queries at the sites monitored. */
    MONITOR,
    /** Grades, judges causality and seriousness, signs. */
    INVESTIGATOR,
    /** Registers subjects and enters visit data at a site. */
    SITE_COORDINATOR,
    /** Reads aggregate safety reports and pseudonymous listings, never identifying data. */
    DMC_MEMBER;

    /** Names for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DATA_MANAGER = "DATA_MANAGER";
        public static final String MONITOR = "MONITOR";
        public static final String INVESTIGATOR = "INVESTIGATOR";
        public static final String SITE_COORDINATOR = "SITE_COORDINATOR";
        public static final String DMC_MEMBER = "DMC_MEMBER";

        private Names() {
        }
    }
}
