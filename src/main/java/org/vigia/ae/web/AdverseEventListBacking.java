package org.vigia.ae.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vigia.ae.AdverseEvent;
import org.vigia.ae.AdverseEventService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/** Backs {@code ae/list.xhtml?subject=ID}: the subject's adverse events. */
@Named
@ViewScoped
public class AdverseEventListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdverseEventService adverseEvents;

    @Inject
    private SubjectService subjects;

    private Long subjectId;
    private Subject subject;
    private List<AdverseEvent> list = List.of();

    public void load() {
        subject = subjects.get(subjectId);
        list = adverseEvents.list(subjectId);
    }

    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Subject getSubject() { return subject; }
    public List<AdverseEvent> getList() { return list; }
}
