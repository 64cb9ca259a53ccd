package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix: every REST endpoint and every page of the deployed WAR, for every role and without
 * sign-in, on a subject of the caller's own site, of another site of the same study, and of a study the caller holds
 * no role in; each answer is compared with the table below. The endpoints are found by reflection over the JAX-RS
 * resource classes in the WAR and the pages from its {@code .xhtml} files, so a new endpoint or page without a row
 * in the table fails the test.
 * <p>
 * The callers: the demo administrator (every study and site), and for the other roles a user created here with one
 * membership: the role in study S1 ({@value #S1}) at site A = CN02 (a DMC member: in S1, no site). Subjects: each caller has
 * its own three, so that one caller's writes cannot change another's answers: {@code OWN} (S1, site A), {@code OTHER}
 * (S1, site B = FR01) and {@code UNGRANTED} (S2 = {@value #S2}, site A); for {@code sites/{id}} the third site is a new
 * one. Each S1 subject is enrolled and has an adverse
 * event, a lab-based AE proposal and a tumour baseline with one follow-up. Writes send
 * {@code {"version":0,"reason":"authorisation matrix"}} (text/csv for the CSV import), DELETEs
 * {@code ?version=0&reason=...}: enough to reach the access check, not a valid record.
 * <p>
 * A row reads {@code "A=200 DM=200/404/404 ... -=401"}: the answer for ADMIN, DATA_MANAGER (DM), MONITOR (MO),
 * INVESTIGATOR (IN), SITE_COORDINATOR (SC), DMC_MEMBER (DMC) and no sign-in (-); one code for every scope, or
 * own/other/ungranted. A page answer {@code 302>login} is a redirect to that page. Run with
 * {@code -Dvigia.matrix.print=true} to print what the server answered in the same form.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    static final String S1 = "NCT07041788";
    static final String S2 = "NCT07277764";
    private static final String CALLER_PASSWORD = "Matrix-pass-1";
    private static final String BODY = "{\"version\":0,\"reason\":\"authorisation matrix\"}";

    enum Caller {
        ADMIN("A"), DATA_MANAGER("DM"), MONITOR("MO"), INVESTIGATOR("IN"), SITE_COORDINATOR("SC"), DMC_MEMBER("DMC"),
        ANONYMOUS("-");

        final String tag;

        Caller(String tag) {
            this.tag = tag;
        }
    }

    enum Scope { OWN, OTHER, UNGRANTED }

    // ------------------------------------------------------------------------------------------ the expected answers

    /**
     * Expected answers of the REST API, by {@code METHOD path} (path below /api/v1, as in the @Path annotations).
     * How to read them: 404 for a subject (or its records) at a site or in a study the caller holds no role at, so that
     * its existence is not revealed; 403 for a study-level call in a study not granted and for a role that may not act;
     * 400 or 409 where the caller may act (the access check passed) but the matrix body is not a valid record or names
     * a stale version; 201/200/204 where the matrix body is a valid record. Acts only an investigator performs
     * (signature, confirming or dismissing a lab-based AE proposal, overriding a response) are 403 for the
     * administrator too. A DMC member reaches the DMC reports, {@code /me} and the calculators, nothing else.
     */
    static final Map<String, String> API = rows(
            "DELETE normal-ranges/{id}",
            "A=409 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "DELETE users/{id}/memberships/{membershipId}",
            "A=204 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET admin/demo-data",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET adverse-events/{id}/sae-report.pdf",
            "A=400/400/404 DM=400/404/404 MO=400/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "GET audit",
            "A=200 DM=200 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET audit/csv",
            "A=200 DM=200 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET ctcae/terms",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=401",
            "GET forms",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=401",
            "GET forms/{formOid}",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=401",
            "GET me",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=401",
            "GET normal-ranges",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET sites",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=401",
            "GET sites/{id}",
            "A=200 DM=200/403/403 MO=200/403/403 IN=200/403/403 SC=200/403/403 DMC=403 -=401",
            "GET studies",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=401",
            "GET studies/{registryId}",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/ae-proposals",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/consistency",
            "A=200 DM=200/200/403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET studies/{registryId}/deviations",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/dmc-reports",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=200/200/403 -=401",
            "GET studies/{registryId}/randomisation/balance",
            "A=400 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET studies/{registryId}/response-summary",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/saes",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/safety-notifications",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/samples",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/subjects",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/subjects/matrix",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/administrations",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/adverse-events",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/adverse-events/agents",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/adverse-events/cdash",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/adverse-events/{aeId}",
            "A=200/200/404 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/ae-proposals",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/baseline",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/baseline/conditions",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/baseline/{form}",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/dosing-sheet",
            "A=400 DM=400/404/404 MO=400/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/eligibility",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/exposure",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/forms",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/lab-results",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/labs",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/radiotherapy",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/rt-checks",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/schedule",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/survival-events",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{id}/visits/{visitCode}/forms/{formOid}",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/subjects/{subjectId}/tumour-assessments",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "GET studies/{registryId}/survival-events",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "GET users",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET users/{id}",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "GET worklist",
            "A=200 DM=200 MO=403 IN=200 SC=200 DMC=403 -=401",
            "GET worklist/counts",
            "A=200 DM=200 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST admin/demo-data",
            "A=202 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST ae-proposals/{id}/confirmation",
            "A=403/403/404 DM=403/404/404 MO=403/404/404 IN=409/404/404 SC=403/404/404 DMC=403 -=401",
            "POST ae-proposals/{id}/dismissal",
            "A=403/403/404 DM=403/404/404 MO=403/404/404 IN=409/404/404 SC=403/404/404 DMC=403 -=401",
            "POST ctcae/lab-grade",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=401",
            "POST instruments/{instrument}/scores",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=401",
            "POST normal-ranges",
            "A=201 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST normal-ranges/import",
            "A=400 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST recist/best-overall-response",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=401",
            "POST recist/time-point",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=401",
            "POST sites",
            "A=201 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST studies/{registryId}/dmc-reports",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=200/200/403 -=401",
            "POST studies/{registryId}/dose-decision",
            "A=400 DM=400/400/403 MO=400/400/403 IN=400/400/403 SC=400/400/403 DMC=403 -=401",
            "POST studies/{registryId}/pre-cycle-check",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=401",
            "POST studies/{registryId}/subjects",
            "A=201 DM=201/403/403 MO=403 IN=201/403/403 SC=201/403/403 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/administrations",
            "A=400 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/adverse-events",
            "A=400 DM=400/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/adverse-events/{aeId}/sae-report-sent",
            "A=409/409/404 DM=403/404/404 MO=403/404/404 IN=409/404/404 SC=409/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/adverse-events/{aeId}/signature",
            "A=403/403/404 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=403/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/disease-events",
            "A=201 DM=403/404/404 MO=403/404/404 IN=201/404/404 SC=201/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/eligibility/screen-failure",
            "A=400 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/end-of-treatment",
            "A=400 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/enrolment",
            "A=400 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/follow-up-contacts",
            "A=201/201/400 DM=403/404/404 MO=403/404/404 IN=201/404/404 SC=201/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/lab-results",
            "A=201 DM=201/404/404 MO=403/404/404 IN=201/404/404 SC=201/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/labs",
            "A=201 DM=201/404/404 MO=403/404/404 IN=201/404/404 SC=201/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/radiotherapy",
            "A=400 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/rt-checks",
            "A=400 DM=400/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{id}/treatment-discontinuation",
            "A=201/201/400 DM=403/404/404 MO=403/404/404 IN=201/404/404 SC=201/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{subjectId}/tumour-assessments/follow-ups",
            "A=400 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "POST studies/{registryId}/subjects/{subjectId}/tumour-assessments/follow-ups/{assessmentId}/override",
            "A=403/403/404 DM=403/404/404 MO=403/404/404 IN=409/404/404 SC=403/404/404 DMC=403 -=401",
            "POST users",
            "A=201 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST users/{id}/deactivate",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST users/{id}/memberships",
            "A=201 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST users/{id}/password",
            "A=204 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "POST users/{id}/reactivate",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "PUT sites/{id}",
            "A=409 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401",
            "PUT studies/{registryId}/subjects/{id}/adverse-events/{aeId}",
            "A=409/409/404 DM=409/404/404 MO=403/404/404 IN=409/404/404 SC=409/404/404 DMC=403 -=401",
            "PUT studies/{registryId}/subjects/{id}/baseline/{form}",
            "A=200 DM=200/404/404 MO=403/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "PUT studies/{registryId}/subjects/{id}/eligibility",
            "A=409/409/200 DM=403/404/404 MO=403/404/404 IN=409/404/404 SC=409/404/404 DMC=403 -=401",
            "PUT studies/{registryId}/subjects/{id}/schedule/{visitCode}",
            "A=200 DM=200/404/404 MO=403/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "PUT studies/{registryId}/subjects/{id}/schedule/{visitCode}/not-done",
            "A=409 DM=409/404/404 MO=403/404/404 IN=409/404/404 SC=409/404/404 DMC=403 -=401",
            "PUT studies/{registryId}/subjects/{id}/visits/{visitCode}/forms/{formOid}",
            "A=200 DM=200/404/404 MO=403/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=401",
            "PUT studies/{registryId}/subjects/{subjectId}/tumour-assessments/baseline",
            "A=400 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "PUT studies/{registryId}/subjects/{subjectId}/tumour-assessments/follow-ups/{assessmentId}",
            "A=400 DM=403/404/404 MO=403/404/404 IN=400/404/404 SC=400/404/404 DMC=403 -=401",
            "PUT users/{id}",
            "A=409 DM=403 MO=403 IN=403 SC=403 DMC=403 -=401");

    /**
     * Expected answers of the pages (GET), by path; the query each page is opened with is in {@link #PAGE_QUERY}.
     * Subject pages (the dosing, radiotherapy and follow-up pages too) answer 404 for a subject elsewhere (as the
     * API), study pages 403 for a study not granted (each 200 is checked for the screening and subject numbers the
     * caller may not see: "+leak" would be a finding). URL constraints give 403 to
     * roles a directory is closed to (administration, audit trail, DMC dashboard, subject-level pages for a DMC member).
     */
    static final Map<String, String> PAGES = rows(
            "admin/normal-ranges.xhtml",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=302>login.xhtml",
            "admin/sites.xhtml",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=302>login.xhtml",
            "admin/users.xhtml",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=403 -=302>login.xhtml",
            "ae/edit.xhtml",
            "A=200/200/404 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "ae/index.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=302>login.xhtml",
            "ae/labs.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "ae/list.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "ae/rt-checks.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "ae/sae.xhtml",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=302>login.xhtml",
            "audit/index.xhtml",
            "A=200 DM=200 MO=403 IN=403 SC=403 DMC=403 -=302>login.xhtml",
            "dm/consistency.xhtml",
            "A=200 DM=200/200/403 MO=403 IN=403 SC=403 DMC=403 -=302>login.xhtml",
            "dmc/index.xhtml",
            "A=200 DM=403 MO=403 IN=403 SC=403 DMC=200 -=302>login.xhtml",
            "dosing/deviations.xhtml",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=302>login.xhtml",
            "dosing/index.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=302>login.xhtml",
            "dosing/radiotherapy.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "dosing/subject.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "error/error.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=200",
            "error/forbidden.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=200",
            "error/not-found.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=200",
            "error/unavailable.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=200",
            "followup/subject.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "index.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=302>dmc/index.xhtml -=302>login.xhtml",
            "login.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=200 -=200",
            "response/baseline.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "response/follow-up.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "response/study.xhtml",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=302>login.xhtml",
            "response/subject.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "study/index.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=302>login.xhtml",
            "study/samples.xhtml",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=302>login.xhtml",
            "study/view.xhtml",
            "A=200 DM=200/200/403 MO=200/200/403 IN=200/200/403 SC=200/200/403 DMC=403 -=302>login.xhtml",
            "subject/form.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "subject/screen.xhtml",
            "A=200 DM=200 MO=200 IN=200 SC=200 DMC=403 -=302>login.xhtml",
            "subject/view.xhtml",
            "A=200 DM=200/404/404 MO=200/404/404 IN=200/404/404 SC=200/404/404 DMC=403 -=302>login.xhtml",
            "worklist/index.xhtml",
            "A=200 DM=200 MO=403 IN=200 SC=200 DMC=403 -=302>login.xhtml");

    /**
     * Bodies that reach the service's access check where the generic body would be refused earlier by the resource's
     * own checks (so that a role without the right gets 403, not 400). {site}: the scope's site; {unique}: a fresh
     * value; {subjectVersion}: the subject's current version. Stateless calculators get a valid body.
     */
    static final Map<String, String> BODY_FOR = Map.ofEntries(
            Map.entry("POST admin/demo-data", "{\"study\":\"NCT07277764\",\"subjects\":1}"),
            Map.entry("POST ctcae/lab-grade", "{\"term\":\"Neutrophil count decreased\",\"value\":1499,\"unit\":\"/mm3\",\"lln\":2000}"),
            Map.entry("POST recist/time-point", "{\"targetLesions\":[{\"id\":\"T1\",\"nodal\":false,\"baselineMm\":40,"
                    + "\"currentMm\":28}],\"nadirSumMm\":40,\"nonTargetLesions\":[],\"newLesions\":\"NO\"}"),
            Map.entry("POST instruments/{instrument}/scores", "{\"answers\":{\"1\":1,\"29\":null}}"),
            Map.entry("POST recist/best-overall-response", "{\"assessments\":[{\"studyDay\":43,\"overallResponse\":\"PR\"}],"
                    + "\"confirmationRequired\":false,\"confirmationMinDays\":28,\"sdMinDays\":42}"),
            Map.entry("POST normal-ranges", "{\"siteId\":{site},\"test\":\"ALT\",\"unit\":\"U/L\",\"lln\":9,\"uln\":50,"
                    + "\"sex\":\"F\",\"ageMin\":70,\"ageMax\":71}"),
            Map.entry("POST sites", "{\"code\":\"Z{unique}\",\"name\":\"Matrix site\",\"country\":\"CN\",\"timeZone\":\"Asia/Shanghai\"}"),
            Map.entry("POST users", "{\"username\":\"mxn{unique}\",\"fullName\":\"Matrix New\",\"password\":\"Matrix-new-1\"}"),
            Map.entry("POST users/{id}/memberships", "{\"role\":\"INVESTIGATOR\"}"),
            Map.entry("POST users/{id}/password", "{\"password\":\"Matrix-reset-1\",\"reason\":\"authorisation matrix\"}"),
            Map.entry("POST studies/{registryId}/subjects", "{\"siteId\":{site},\"screeningNumber\":\"MX{unique}\",\"sex\":\"F\","
                    + "\"birthYear\":1961,\"consentDate\":\"2026-01-01\",\"screenedOn\":\"2026-01-02\"}"),
            Map.entry("POST studies/{registryId}/dmc-reports", "{\"cutoff\":\"2026-06-30\",\"format\":\"csv-zip\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/enrolment", "{\"version\":{subjectVersion},\"enrolledOn\":\"2026-01-05\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/eligibility/screen-failure", "{\"version\":{subjectVersion}}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/adverse-events/{aeId}/signature", "{\"password\":\"not-the-password-1\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/administrations", "{\"status\":\"GIVEN\",\"agent\":\"NO_SUCH_AGENT\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/radiotherapy", "{\"course\":\"NO_SUCH_COURSE\",\"on\":\"2026-02-02\",\"doseGy\":2}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/labs", "{\"test\":\"ALT\",\"collectedOn\":\"2026-02-10\",\"value\":30,\"unit\":\"U/L\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/lab-results", "{\"test\":\"ALT\",\"collectedOn\":\"2026-02-10\",\"value\":30,\"unit\":\"U/L\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/disease-events", "{\"kind\":\"RECURRENCE\",\"extent\":\"REGIONAL\","
                    + "\"on\":\"2026-03-01\",\"method\":\"MRI\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/follow-up-contacts", "{\"contactDate\":\"2026-03-02\",\"survivalStatus\":\"ALIVE\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/treatment-discontinuation", "{\"on\":\"2026-03-03\",\"reason\":\"ADVERSE_EVENT\"}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/end-of-treatment", "{\"on\":\"2026-03-10\"}"),
            // bodies are read strictly (unknown properties refused before the call): these carry their own fields
            Map.entry("POST studies/{registryId}/dose-decision", "{\"agent\":\"NO_SUCH_AGENT\",\"adverseEvents\":[],"
                    + "\"currentDosePercent\":100}"),
            Map.entry("POST studies/{registryId}/pre-cycle-check", "{\"labs\":[]}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/adverse-events/{aeId}/sae-report-sent", "{\"version\":0}"),
            Map.entry("POST studies/{registryId}/subjects/{id}/rt-checks", "{\"rtWeek\":1}"),
            Map.entry("PUT studies/{registryId}/subjects/{id}/baseline/{form}", "{\"data\":{\"heightCm\":170,\"weightKg\":70,"
                    + "\"measuredOn\":\"2026-01-04\"},\"reason\":\"authorisation matrix\"}"),
            Map.entry("PUT studies/{registryId}/subjects/{id}/schedule/{visitCode}", "{\"visitDate\":\"2026-01-04\",\"reason\":\"authorisation matrix\"}"),
            Map.entry("PUT studies/{registryId}/subjects/{id}/visits/{visitCode}/forms/{formOid}", "{\"values\":{"
                    + "\"EG[0].EGDAT\":\"2026-01-04\",\"EG[0].QTCF\":\"420\",\"EG[0].EGINTP\":\"NORMAL\"}}"));

    /** Query strings that reach the access check (the generic ones: none for GET/POST/PUT, version and reason for DELETE). */
    static final Map<String, String> QUERY_FOR = Map.of(
            "POST users/{id}/deactivate", "reason=authorisation+matrix",
            "POST users/{id}/reactivate", "reason=authorisation+matrix");

    /** The query string a page is opened with ({registryId}, {subject}, {ae}, {assessment} filled per scope). */
    static final Map<String, String> PAGE_QUERY = Map.ofEntries(
            Map.entry("ae/edit.xhtml", "subject={subject}&id={ae}"),
            Map.entry("ae/labs.xhtml", "subject={subject}"),
            Map.entry("ae/list.xhtml", "subject={subject}"),
            Map.entry("ae/rt-checks.xhtml", "subject={subject}"),
            Map.entry("ae/sae.xhtml", "study={registryId}"),
            Map.entry("dm/consistency.xhtml", "study={registryId}"),
            Map.entry("dosing/deviations.xhtml", "study={registryId}"),
            Map.entry("dosing/radiotherapy.xhtml", "subject={subject}"),
            Map.entry("dosing/subject.xhtml", "subject={subject}"),
            Map.entry("followup/subject.xhtml", "subject={subject}"),
            Map.entry("response/baseline.xhtml", "subject={subject}"),
            Map.entry("response/follow-up.xhtml", "subject={subject}&assessment={assessment}"),
            Map.entry("response/subject.xhtml", "subject={subject}"),
            Map.entry("response/study.xhtml", "study={registryId}"),
            Map.entry("study/samples.xhtml", "study={registryId}"),
            Map.entry("study/view.xhtml", "study={registryId}"),
            Map.entry("subject/form.xhtml", "subject={subject}&visit={visitCode}&form={formOid}"),
            Map.entry("subject/screen.xhtml", "study={registryId}"),
            Map.entry("subject/view.xhtml", "id={subject}"));

    // ------------------------------------------------------------------------------------------ the test

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private static Fixture fixture;

    @Test
    void everyEndpointAnswersEveryRoleAndScopeAsTheTableSays() {
        Fixture f = fixture();
        Map<String, Endpoint> endpoints = endpoints();
        List<String> problems = new ArrayList<>();
        Map<String, String> actual = new TreeMap<>();
        for (Endpoint e : endpoints.values()) {
            Map<Caller, List<String>> answers = new EnumMap<>(Caller.class);
            for (Caller c : Caller.values()) {
                List<String> codes = new ArrayList<>();
                for (Scope s : e.scoped() ? List.of(Scope.values()) : List.of(Scope.OWN)) {
                    codes.add(call(e, c, s, f));
                }
                answers.put(c, codes);
            }
            actual.put(e.key(), render(answers));
        }
        compare("endpoint", API, actual, problems);
        report("API", actual, problems);
    }

    @Test
    void everyPageAnswersEveryRoleAndScopeAsTheTableSays() {
        Fixture f = fixture();
        List<String> pages = pages();
        List<String> problems = new ArrayList<>();
        Map<String, String> actual = new TreeMap<>();
        for (String page : pages) {
            String query = PAGE_QUERY.getOrDefault(page, "");
            boolean scoped = query.contains("{");
            Map<Caller, List<String>> answers = new EnumMap<>(Caller.class);
            for (Caller c : Caller.values()) {
                List<String> codes = new ArrayList<>();
                PageSession session = f.session(c, base);
                for (Scope s : scoped ? List.of(Scope.values()) : List.of(Scope.OWN)) {
                    String path = page + (query.isEmpty() ? "" : "?" + f.fill(query, c, s));
                    HttpResponse<String> r = session.get(path);
                    String answer = Integer.toString(r.statusCode());
                    if (r.statusCode() == 302) {
                        String location = r.headers().firstValue("Location").orElse("");
                        answer += ">" + URI.create(location).getPath().replaceFirst("^" + Pattern.quote(basePath()), "");
                    }
                    codes.add(answer + f.leak(c, r.body()));
                }
                answers.put(c, codes);
            }
            actual.put(page, render(answers));
        }
        compare("page", PAGES, actual, problems);
        report("pages", actual, problems);
    }

    private String basePath() {
        String p = base.getPath();
        return p.endsWith("/") ? p : p + "/";
    }

    private static void compare(String what, Map<String, String> expected, Map<String, String> actual, List<String> problems) {
        for (Map.Entry<String, String> a : actual.entrySet()) {
            String want = expected.get(a.getKey());
            if (want == null) {
                problems.add("no row for the " + what + " " + a.getKey() + " (answers: " + a.getValue() + ")");
            } else if (!normalise(want).equals(a.getValue())) {
                problems.add(a.getKey() + "\n    expected " + normalise(want) + "\n    answered " + a.getValue());
            }
        }
        for (String key : expected.keySet()) {
            if (!actual.containsKey(key)) {
                problems.add("a row for " + key + ", which the WAR does not have");
            }
        }
    }

    private static void report(String what, Map<String, String> actual, List<String> problems) {
        if (Boolean.getBoolean("vigia.matrix.print")) {
            StringBuilder sb = new StringBuilder("---- " + what + " as answered\n");
            actual.forEach((k, v) -> sb.append("            \"").append(k).append("\", \"").append(v).append("\",\n"));
            System.out.println(sb);
        }
        assertTrue(problems.isEmpty(), problems.size() + " cells differ from the table:\n" + String.join("\n", problems));
    }

    /** "A=200 DM=200/404/404 ..." with one code where every scope answered the same. */
    private static String render(Map<Caller, List<String>> answers) {
        List<String> parts = new ArrayList<>();
        answers.forEach((c, codes) -> parts.add(c.tag + "=" + (codes.stream().distinct().count() == 1 ? codes.get(0)
                : String.join("/", codes))));
        return String.join(" ", parts);
    }

    private static String normalise(String row) {
        return String.join(" ", row.trim().split("\\s+"));
    }

    private static Map<String, String> rows(String... keysAndRows) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndRows.length; i += 2) {
            if (m.put(keysAndRows[i], keysAndRows[i + 1]) != null) {
                throw new IllegalStateException("two rows for " + keysAndRows[i]);
            }
        }
        return m;
    }

    // ------------------------------------------------------------------------------------------ what the WAR holds

    /** One resource method: HTTP method, path template below /api/v1, and what it consumes. */
    record Endpoint(String method, String path, List<String> consumes) {
        String key() {
            return method + " " + path;
        }

        /** True when the answer may depend on the study, site or subject the path names. */
        boolean scoped() {
            return path.contains("{registryId}") || path.startsWith("ae-proposals/") || path.startsWith("adverse-events/")
                    || path.startsWith("sites/{id}");
        }
    }

    private static Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (Class<?> type : warClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface()) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String verb = verb(m);
                Path methodPath = m.getAnnotation(Path.class);
                if (verb == null) {
                    assertTrue(methodPath == null, "sub-resource locators are not probed: " + m);
                    continue;
                }
                String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                Consumes consumes = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class)
                        : type.getAnnotation(Consumes.class);
                Endpoint e = new Endpoint(verb, path, consumes == null ? List.of() : Arrays.asList(consumes.value()));
                assertTrue(endpoints.put(e.key(), e) == null, "two methods answer " + e.key());
            }
        }
        assertTrue(endpoints.size() > 50, "the resource classes were found: " + endpoints.keySet());
        return endpoints;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        } else if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        } else if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        } else if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        } else if (m.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        } else if (m.isAnnotationPresent(HEAD.class) || m.isAnnotationPresent(OPTIONS.class)) {
            throw new AssertionError("HEAD/OPTIONS methods are not probed: " + m);
        }
        return null;
    }

    private static String join(String a, String b) {
        String path = (a + "/" + b).replaceAll("/+", "/").replaceAll("^/|/$", "");
        return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static List<Class<?>> warClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (ArchivePath p : Deployments.vigia().getContent().keySet()) {
            String name = p.get();
            if (name.startsWith("/WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                String className = name.substring("/WEB-INF/classes/".length(), name.length() - 6).replace('/', '.');
                try {
                    classes.add(Class.forName(className, false, AuthorisationMatrixIT.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + className + " from the test class path", e);
                }
            }
        }
        return classes;
    }

    private static List<String> pages() {
        List<String> pages = new ArrayList<>(new TreeSet<>(Deployments.vigia().getContent().keySet().stream()
                .map(ArchivePath::get).filter(n -> n.endsWith(".xhtml"))
                .filter(n -> !n.startsWith("/WEB-INF/") && !n.startsWith("/META-INF/") && !n.startsWith("/resources/"))
                .map(n -> n.substring(1)).toList()));
        assertTrue(pages.size() > 20, "the pages were found: " + pages);
        return pages;
    }

    // ------------------------------------------------------------------------------------------ calling

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String call(Endpoint e, Caller c, Scope s, Fixture f) {
        String root = base.toString().replaceAll("/$", "") + "/api/v1/";
        String path = f.fill(e.path(), c, s);
        String query = QUERY_FOR.getOrDefault(e.key(), e.method().equals("DELETE") ? "version=0&reason=authorisation+matrix" : "");
        URI uri = URI.create(root + path + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder b;
        if (e.method().equals("DELETE")) {
            b = HttpRequest.newBuilder(uri).DELETE();
        } else if (e.method().equals("GET")) {
            b = HttpRequest.newBuilder(uri).GET();
        } else {
            boolean csv = e.consumes().contains("text/csv");
            String body = csv ? "site,test\n" : f.fill(BODY_FOR.getOrDefault(e.key(), BODY), c, s);
            b = HttpRequest.newBuilder(uri).header("Content-Type", csv ? "text/csv" : "application/json")
                    .method(e.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        if (c != Caller.ANONYMOUS) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (f.username(c) + ":" + f.password(c)).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return r.statusCode() + f.leak(c, r.body());
        } catch (Exception ex) {
            throw new AssertionError(e.key() + " as " + c + ": " + ex, ex);
        }
    }

    // ------------------------------------------------------------------------------------------ the data

    private synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture(base);
        }
        return fixture;
    }

    /** Sites, callers, and per caller the subjects and records that the paths name. */
    static final class Fixture {

        private final ApiClient admin;
        private final long siteA;
        private final long siteB;
        private final long siteC;
        private final Map<Caller, String> usernames = new EnumMap<>(Caller.class);
        private final Map<Caller, Map<Scope, Map<String, String>>> values = new EnumMap<>(Caller.class);
        private final Map<Caller, PageSession> sessions = new EnumMap<>(Caller.class);

        Fixture(URL base) {
            admin = new ApiClient(base, "admin", PW);
            String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 16, 1 << 20), 36).toUpperCase();
            siteA = demoSite("CN02"); // the demo sites take part in every study; no API adds a site to a study
            siteB = demoSite("FR01");
            siteC = site("MC" + tag);
            long s1 = studyId(S1);
            usernames.put(Caller.ADMIN, "admin");
            for (Caller c : Caller.values()) {
                if (c == Caller.ADMIN || c == Caller.ANONYMOUS) {
                    continue;
                }
                String name = "mx" + c.tag.toLowerCase() + tag.toLowerCase();
                long id = user(name, CALLER_PASSWORD);
                Map<String, Object> grant = new HashMap<>(Map.of("role", c.name(), "studyId", s1));
                if (c != Caller.DMC_MEMBER) {
                    grant.put("siteId", siteA);
                }
                ApiClient.Reply g = admin.post("/api/v1/users/" + id + "/memberships", grant);
                assertEquals(201, g.status(), g.body());
                usernames.put(c, name);
            }
            for (Caller c : Caller.values()) {
                Map<Scope, Map<String, String>> scopes = new EnumMap<>(Scope.class);
                long target = user("mxt" + c.tag.toLowerCase().replace("-", "anon") + tag.toLowerCase(), "Target-pass-1");
                ApiClient.Reply m = admin.post("/api/v1/users/" + target + "/memberships", Map.of("role", "MONITOR"));
                assertEquals(201, m.status(), m.body());
                String range = Long.toString(normalRange(siteA, 20 + c.ordinal()));
                for (Scope s : Scope.values()) {
                    Map<String, String> v = new HashMap<>();
                    v.put("targetUser", Long.toString(target));
                    v.put("membershipId", m.json().get("id").asText());
                    v.put("range", range);
                    v.put("site", Long.toString(s == Scope.OWN ? siteA : s == Scope.OTHER ? siteB : siteC));
                    v.put("siteOfSubject", Long.toString(s == Scope.OTHER ? siteB : siteA));
                    if (s == Scope.UNGRANTED) {
                        v.put("registryId", S2);
                        JsonNode screened = registered(S2, siteA);
                        v.put("subject", screened.get("id").asText());
                        v.put("screening", screened.get("screeningNumber").asText());
                        v.put("ae", "999999991");
                        v.put("proposal", "999999992");
                        v.put("assessment", "999999993");
                    } else {
                        v.put("registryId", S1);
                        subjectWithRecords(S1, s == Scope.OWN ? siteA : siteB, v);
                    }
                    v.put("visitCode", firstVisit(v.get("registryId"), v.get("subject")));
                    scopes.put(s, v);
                }
                values.put(c, scopes);
            }
        }

        String username(Caller c) {
            return usernames.get(c);
        }

        String password(Caller c) {
            return c == Caller.ADMIN ? PW : CALLER_PASSWORD;
        }

        PageSession session(Caller c, URL base) {
            return sessions.computeIfAbsent(c, k -> k == Caller.ANONYMOUS ? PageSession.anonymous(base)
                    : PageSession.signIn(base, username(k), password(k)));
        }

        /**
         * "+leak" when {@code body} names a subject the caller may not see: a subject of another site or of a study
         * not granted (screening or subject number); for a DMC member any screening number. The administrator sees
         * everything.
         */
        String leak(Caller c, String body) {
            if (c == Caller.ADMIN || c == Caller.ANONYMOUS || body == null) {
                return "";
            }
            List<String> hidden = new ArrayList<>();
            for (Scope s : Scope.values()) {
                Map<String, String> v = values.get(c).get(s);
                if (s != Scope.OWN || c == Caller.DMC_MEMBER) {
                    hidden.add(v.get("screening"));
                }
                if (s != Scope.OWN && v.get("subjectNumber") != null) {
                    hidden.add(v.get("subjectNumber"));
                }
            }
            return hidden.stream().anyMatch(body::contains) ? "+leak" : "";
        }

        /** Fills a path or query template with this caller's values for the scope. */
        String fill(String template, Caller c, Scope s) {
            Map<String, String> v = values.get(c).get(s);
            String prefix = template.split("/")[0];
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = switch (name) {
                    case "registryId", "subject", "ae", "assessment", "visitCode", "membershipId" -> v.get(name);
                    case "subjectId" -> v.get("subject");
                    case "aeId" -> v.get("ae");
                    case "assessmentId" -> v.get("assessment");
                    case "form" -> "VITALS";
                    case "formOid" -> "EG";
                    case "instrument" -> "EORTC_QLQ_C30";
                    case "site" -> v.get(s == Scope.UNGRANTED ? "siteOfSubject" : "site");
                    case "unique" -> Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36).toUpperCase();
                    case "subjectVersion" -> admin.get("/api/v1/studies/" + v.get("registryId") + "/subjects/" + v.get("subject"))
                            .json().get("version").asText();
                    case "id" -> switch (prefix) {
                        case "studies" -> v.get("subject");
                        case "users" -> v.get("targetUser");
                        case "sites" -> v.get("site");
                        case "ae-proposals" -> v.get("proposal");
                        case "adverse-events" -> v.get("ae");
                        case "normal-ranges" -> v.get("range");
                        default -> throw new AssertionError("which id is {id} in " + template + "?");
                    };
                    default -> throw new AssertionError("no value for {" + name + "} in " + template);
                };
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        private long demoSite(String code) {
            for (JsonNode site : admin.get("/api/v1/sites").json()) {
                if (code.equals(site.get("code").asText())) {
                    return site.get("id").asLong();
                }
            }
            throw new AssertionError("no demo site " + code);
        }

        private long site(String code) {
            ApiClient.Reply r = admin.post("/api/v1/sites", Map.of("code", code, "name", "Matrix " + code, "country", "CN",
                    "timeZone", "Asia/Shanghai"));
            assertEquals(201, r.status(), r.body());
            return r.json().get("id").asLong();
        }

        /** The study's database id (the API names studies by registry id; a membership takes the id). */
        private static long studyId(String registryId) {
            try (java.sql.Connection c = TestDatabase.connect();
                 java.sql.PreparedStatement st = c.prepareStatement("select id from study where registry_id = ?")) {
                st.setString(1, registryId);
                java.sql.ResultSet rs = st.executeQuery();
                assertTrue(rs.next(), registryId);
                return rs.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }

        private long user(String name, String password) {
            ApiClient.Reply r = admin.post("/api/v1/users", Map.of("username", name, "fullName", "Matrix " + name,
                    "password", password));
            assertEquals(201, r.status(), r.body());
            return r.json().get("id").asLong();
        }

        private long normalRange(long site, int age) {
            ApiClient.Reply r = admin.post("/api/v1/normal-ranges", Map.of("siteId", site, "test", "AST", "unit", "U/L",
                    "lln", 9, "uln", 50, "ageMin", age, "ageMax", age));
            assertEquals(201, r.status(), r.body());
            return r.json().get("id").asLong();
        }

        private JsonNode registered(String study, long site) {
            ApiClient.Reply r = admin.post("/api/v1/studies/" + study + "/subjects", Map.of("siteId", site,
                    "screeningNumber", "MX" + ThreadLocalRandom.current().nextInt(1000000, 9999999), "sex", "F",
                    "birthYear", 1961, "consentDate", "2026-01-01", "screenedOn", "2026-01-02"));
            assertEquals(201, r.status(), r.body());
            return r.json();
        }

        /** An enrolled subject with an AE, a pending lab-based AE proposal and a tumour baseline and follow-up. */
        private void subjectWithRecords(String study, long site, Map<String, String> v) {
            JsonNode screened = registered(study, site);
            long id = screened.get("id").asLong();
            EligibilityFill.fillEligible(admin, study, id);
            long version = admin.get("/api/v1/studies/" + study + "/subjects/" + id).json().get("version").asLong();
            ApiClient.Reply enrolled = admin.post("/api/v1/studies/" + study + "/subjects/" + id + "/enrolment",
                    Map.of("version", version, "enrolledOn", "2026-01-05"));
            assertEquals(200, enrolled.status(), enrolled.body());
            String subject = "/api/v1/studies/" + study + "/subjects/" + id;
            Map<String, Object> ae = new HashMap<>(Map.of("meddraCode", "10029366", "onset", "2026-02-01", "ongoing", true,
                    "grade", 2, "serious", false));
            ApiClient.Reply a = admin.post(subject + "/adverse-events", ae);
            assertEquals(201, a.status(), a.body());
            ApiClient.Reply lab = admin.post(subject + "/lab-results", Map.of("test", "ANC", "collectedOn", "2026-02-02",
                    "value", 0.4, "unit", "10^9/L"));
            assertEquals(201, lab.status(), lab.body());
            JsonNode proposals = admin.get(subject + "/ae-proposals").json();
            assertTrue(proposals.size() > 0, "a grade 4 ANC raises an AE proposal: " + proposals);
            ApiClient.Reply baseline = admin.put(subject + "/tumour-assessments/baseline", Map.of("assessedOn", "2026-01-03",
                    "lesions", List.of(lesion("T1", "TARGET", 40), lesion("NT1", "NON_TARGET", null))));
            assertEquals(200, baseline.status(), baseline.body());
            ApiClient.Reply followUp = admin.post(subject + "/tumour-assessments/follow-ups", Map.of("assessedOn", "2026-02-16",
                    "newLesions", "NO", "findings", List.of(Map.of("lesion", "T1", "finding", "MEASURED", "diameterMm", 30),
                            Map.of("lesion", "NT1", "finding", "PRESENT"))));
            assertEquals(201, followUp.status(), followUp.body());
            v.put("subject", Long.toString(id));
            v.put("screening", screened.get("screeningNumber").asText());
            v.put("subjectNumber", enrolled.json().get("subjectNumber").asText());
            v.put("ae", a.json().get("id").asText());
            v.put("proposal", proposals.get(0).get("id").asText());
            v.put("assessment", followUp.json().get("followUps").get(0).get("id").asText());
        }

        private static Map<String, Object> lesion(String code, String role, Integer mm) {
            Map<String, Object> m = new HashMap<>();
            m.put("code", code);
            m.put("role", role);
            m.put("organ", "LUNG");
            m.put("diameterMm", mm);
            m.put("method", "CT");
            m.put("scannedOn", "2026-01-03");
            m.put("irradiation", "NOT_IRRADIATED");
            return m;
        }

        private String firstVisit(String study, String subject) {
            JsonNode schedule = admin.get("/api/v1/studies/" + study + "/subjects/" + subject + "/schedule").json();
            return schedule.isArray() && schedule.size() > 0 ? schedule.get(0).get("code").asText() : "SCR";
        }
    }

}
