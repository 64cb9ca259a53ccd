package org.vigia.worklist;

/** The overdue records of one site of one study, by kind (the data manager's view of the work lists). */
public record WorklistCount(Long studyId, String studyRegistryId, Long siteId, String siteCode, String siteName,
                            long labProposals, long saeReports, long ongoingAfterDeath)
        implements java.io.Serializable {

    public long total() {
        return labProposals + saeReports + ongoingAfterDeath;
    }

    WorklistCount plus(WorkKind kind) {
        return new WorklistCount(studyId, studyRegistryId, siteId, siteCode, siteName,
                labProposals + (kind == WorkKind.LAB_PROPOSAL ? 1 : 0),
                saeReports + (kind == WorkKind.SAE_REPORT ? 1 : 0),
                ongoingAfterDeath + (kind == WorkKind.ONGOING_AE_AFTER_DEATH ? 1 : 0));
    }
}
