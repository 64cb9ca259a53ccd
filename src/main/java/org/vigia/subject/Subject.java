package org.vigia.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.SiteToday;
import org.vigia.shared.TextLimits;
import org.vigia.shared.clinical.Sex;
import org.vigia.shared.clinical.SexCodeConverter;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.TextCodec;

/**
 * A person in a trial, known only by a screening number and, once enrolled, a site-prefixed subject number
 * (never derived from personal data); sex and year of birth are the only demographics held here (no names,
 * no initials, no full date of birth). Keeps the study definition version it was registered under.
 */
@Entity
@Table(name = "subject")
public class Subject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "study_id", nullable = false, updatable = false)
    private Long studyId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "screening_number", nullable = false, updatable = false)
    @MaxLength(TextLimits.SCREENING_NUMBER)
    private String screeningNumber;

    @Column(name = "subject_number")
    private String subjectNumber;

    /** {@link #label()} as the database computes it (a generated column, V074), for sorting a study's subjects. */
    @Column(name = "sort_label", insertable = false, updatable = false)
    private String sortLabel;

    @Column(nullable = false)
    @Convert(converter = SexCodeConverter.class)
    private Sex sex;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubjectStatus status;

    @Column(name = "arm_id")
    private String armId;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Column(name = "screened_on", nullable = false)
    private LocalDate screenedOn;

    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;

    @Column(name = "screen_failure_reason")
    private String screenFailureReason;

    private static final int SCREEN_FAILURE_REASON_LENGTH = 2000;

    @Column(name = "definition_version", nullable = false, updatable = false)
    private String definitionVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Subject() {
    }

    public Subject(Long studyId, Long siteId, String screeningNumber, String sex, Integer birthYear,
                   LocalDate consentDate, LocalDate screenedOn, String definitionVersion, SiteToday today) {
        FieldErrors errors = new FieldErrors()
                .require(screeningNumber != null && screeningNumber.matches("[A-Za-z0-9-]{1,32}"), "screeningNumber",
                        Text.of(Bundle.SUBJECT, "subject.refused.screeningNumber"))
                .require(Sex.ofCode(sex).isPresent(), "sex", Text.of(Bundle.SUBJECT, "subject.refused.sex"))
                .require(birthYear != null && birthYear >= 1900 && birthYear <= Year.now().getValue() - 18, "birthYear",
                        Text.of(Bundle.SUBJECT, "subject.refused.birthYear", (Year.now().getValue() - 18)))
                .require(screenedOn != null, "screenedOn", Text.of(Bundle.SUBJECT, "subject.refused.screenedOn"))
                .require(today.allows(screenedOn), "screenedOn", today.future("screenedOn", screenedOn))
                .require(today.allows(consentDate), "consentDate", today.future("consentDate", consentDate))
                .require(consentDate == null || screenedOn == null || !consentDate.isAfter(screenedOn), "consentDate",
                        Text.of(Bundle.SUBJECT, "subject.refused.consentAfterScreening"));
        errors.throwIfAny();
        this.studyId = studyId;
        this.siteId = siteId;
        this.screeningNumber = screeningNumber;
        this.sex = Sex.ofCode(sex).orElseThrow();
        this.birthYear = birthYear;
        this.consentDate = consentDate;
        this.screenedOn = screenedOn;
        this.definitionVersion = definitionVersion;
        this.status = SubjectStatus.SCREENING;
        this.createdAt = Instant.now();
    }

    /**
     * Records a screen failure with its reasons, stored with their keys ({@link TextCodec}) so that each reader sees
     * them in their language; reasons too long for the column are stored as English sentences, shortened.
     */
    public void failScreening(List<Text> reasons) {
        requireStatus(SubjectStatus.SCREENING, Text.of(Bundle.SUBJECT, "subject.action.failScreening"));
        this.status = SubjectStatus.SCREEN_FAILED;
        String stored = Text.of(Bundle.SUBJECT, "subject.screenFailureReasons", reasons).encode();
        if (stored.length() > SCREEN_FAILURE_REASON_LENGTH) {
            String english = String.join("\n", reasons.stream().map(Text::english).toList());
            stored = english.length() > SCREEN_FAILURE_REASON_LENGTH
                    ? english.substring(0, SCREEN_FAILURE_REASON_LENGTH - 3) + "..." : english;
        }
        this.screenFailureReason = stored;
    }

    /**
     * The reasons of a screen failure, one text per reason ({@code null} when none); a reason stored as a sentence
     * (before reasons were stored with their keys) is one plain text.
     */
    public List<Text> screenFailureReasons() {
        Text stored = TextCodec.decode(screenFailureReason);
        if (stored == null) {
            return null;
        }
        if (!stored.isPlain() && stored.args().size() == 1 && stored.args().get(0) instanceof List<?> list) {
            return list.stream().map(r -> r instanceof Text t ? t : Text.plain(String.valueOf(r))).toList();
        }
        return List.of(stored);
    }

    /** Enrols the subject with the number and arm the enrolment service allocated. */
    public void enrol(String number, String arm, LocalDate on) {
        requireStatus(SubjectStatus.SCREENING, Text.of(Bundle.SUBJECT, "subject.action.enrol"));
        if (consentDate == null) {
            throw new InvalidInput("consentDate", Text.of(Bundle.SUBJECT, "subject.refused.noConsent"));
        }
        if (on.isBefore(consentDate)) {
            throw new InvalidInput("enrolledOn", Text.of(Bundle.SUBJECT, "subject.refused.enrolBeforeConsent", consentDate));
        }
        this.subjectNumber = number;
        this.armId = arm;
        this.enrolledOn = on;
        this.status = SubjectStatus.ENROLLED;
    }

    /** Moves the subject along the trial (treatment start, end of treatment, follow-up, death...). */
    public void moveTo(SubjectStatus next) {
        this.status = next;
    }

    /** Age in whole years on a date, from the year of birth (the earliest possible age; birthdays are not held). */
    public int ageOn(LocalDate date) {
        return date.getYear() - birthYear - 1;
    }

    /** The identifier shown everywhere: the subject number once enrolled, otherwise the screening number. */
    public String label() {
        return subjectNumber != null ? subjectNumber : screeningNumber;
    }

    private void requireStatus(SubjectStatus expected, Text action) {
        if (status != expected) {
            throw new InvalidInput(Text.of(Bundle.SUBJECT, "subject.refused.status", action, status));
        }
    }

    public Long getId() { return id; }
    public Long getStudyId() { return studyId; }
    public Long getSiteId() { return siteId; }
    public String getScreeningNumber() { return screeningNumber; }
    public String getSubjectNumber() { return subjectNumber; }
    public Sex getSex() { return sex; }
    public int getBirthYear() { return birthYear; }
    public SubjectStatus getStatus() { return status; }
    public String getArmId() { return armId; }
    public LocalDate getConsentDate() { return consentDate; }
    public LocalDate getScreenedOn() { return screenedOn; }
    public LocalDate getEnrolledOn() { return enrolledOn; }
    public String getScreenFailureReason() { return screenFailureReason; }
    public String getDefinitionVersion() { return definitionVersion; }
    public long getVersion() { return version; }
}
