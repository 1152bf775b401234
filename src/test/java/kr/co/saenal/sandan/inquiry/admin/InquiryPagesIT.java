package kr.co.saenal.sandan.inquiry.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryChange;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryDestroyedException;
import kr.co.saenal.sandan.inquiry.InquiryNote;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.inquiry.InquiryRow;
import kr.co.saenal.sandan.inquiry.InquirySearch;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.NoteNotYoursException;
import kr.co.saenal.sandan.inquiry.StaffActor;
import kr.co.saenal.sandan.inquiry.retention.PersonalDataRetention;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;
import kr.co.saenal.sandan.security.AccessRecord;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Backdating;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A consultant works through the back office: a masked table, an opening that is recorded, a status change. */
@ExtendWith(ArquillianExtension.class)
class InquiryPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    AccessLog accessLog;

    @Inject
    InquiryRepository inquiries;

    @Inject
    StaffAccounts accounts;

    @Inject
    InquiryDesk desk;

    @Inject
    PersonalDataRetention retention;

    @Inject
    Backdating backdating;

    @Test
    void theTableMasksAndTheDetailViewIsRecordedAndChangesTheStatus() {
        long id = Requests.json(new Http()
                        .postJson(
                                "/api/inquiries",
                                Requests.validInquiry(b -> b.add("name", "한상담").add("phone", "010-4444-5555")))
                        .body())
                .getJsonNumber("id")
                .longValue();
        Http consultant = new Http();
        assertEquals(
                302, Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());

        Document table = consultant.get("/admin/inquiries").html();
        assertTrue(table.select(".masked-name").eachText().contains("한*담"), table.text());
        assertFalse(table.text().contains("한상담"));
        assertTrue(accessLog.about(id).isEmpty(), "a masked list is not an access to personal data");

        Http.Reply opened = consultant.get("/admin/inquiry?id=" + id);
        assertEquals(200, opened.status());
        Document page = opened.html();
        assertEquals("한상담", page.getElementById("detail-name").text());
        List<AccessRecord> records = accessLog.about(id);
        assertEquals(1, records.size());
        assertEquals(AccessAction.VIEW, records.get(0).getAction());

        Http.Reply saved = consultant.postForm(
                Forms.action(page, "inquiry"),
                Forms.submission(
                        page,
                        "inquiry",
                        Map.of(
                                "inquiry:status",
                                "IN_PROGRESS",
                                "inquiry:assignee",
                                "admin",
                                "inquiry:note",
                                "오후 3시 통화함")));
        assertEquals(200, saved.status(), saved::toString);
        assertTrue(saved.html().text().contains("저장했습니다"), saved.html().text());
        assertEquals(InquiryStatus.IN_PROGRESS, inquiries.find(id).orElseThrow().getStatus());
        assertEquals(
                List.of("오후 3시 통화함"),
                desk.notes(id).stream().map(InquiryNote::getBody).toList());
        List<String> kinds = saved.html().select(".timeline-entry").eachAttr("data-kind");
        assertEquals(
                List.of("RECEIVED", "STATUS", "ASSIGNED", "NOTE"),
                kinds.stream().filter(k -> !k.startsWith("MAIL")).toList(),
                "the history in order: " + saved.html().select(".timeline").text());
        String history = saved.html().select(".timeline").text();
        assertTrue(history.contains("상태: 접수 → 상담중"), history);
        assertTrue(history.contains("담당자 지정: admin"), history);
        assertEquals("", saved.html().getElementById("inquiry:note").text(), "the note field is empty again");
        assertEquals(
                2,
                accessLog.about(id).size(),
                "the change is recorded too; pressing save did not re-record the opening");
    }

    @Test
    void aNoteEditedByItsAuthorKeepsItsEarlierTextForAdministratorsAndIsDestroyedWithTheRequest() {
        long id = submit("메모고침", "010-4040-0004");
        accounts.createOnce("consultant-notes", "Consultant-Notes-2026", Role.CONSULTANT);
        accounts.createOnce("consultant-other", "Consultant-Other-2026", Role.CONSULTANT);
        Http author = new Http();
        assertEquals(
                302,
                Staff.logIn(author, "consultant-notes", "Consultant-Notes-2026").status());
        Document page = author.get("/admin/inquiry?id=" + id).html();
        page = author.postForm(
                        Forms.action(page, "inquiry"),
                        Forms.submission(page, "inquiry", Map.of("inquiry:note", "첫 통화: 부재중")))
                .html();
        page = author.postForm(
                        Forms.action(page, "inquiry"),
                        Forms.submission(page, "inquiry", Map.of("inquiry:note", "두 번째 통화: 다음 주 방문")))
                .html();
        assertEquals(
                List.of("첫 통화: 부재중", "두 번째 통화: 다음 주 방문"),
                page.select(".timeline-NOTE .timeline-body").eachText(),
                "notes are added, oldest first");
        assertEquals(2, page.select(".timeline-edit").size(), "the author may edit both");

        String firstEdit = page.selectFirst(".timeline-edit").attr("name");
        Document form = author.postForm(
                        Forms.action(page, "timeline"), Forms.submission(page, "timeline", firstEdit, Map.of()))
                .html();
        assertNotNull(form.selectFirst("textarea[id$='editedText']"), form.text());
        Http.Reply edited = author.postForm(
                Forms.action(form, "timeline"),
                Forms.submission(
                        form,
                        "timeline",
                        "saveEdit",
                        Map.of(form.selectFirst("textarea[id$='editedText']").attr("name"), "첫 통화: 부재중, 문자 남김")));
        String afterEdit = edited.html().select(".timeline").text();
        assertEquals(
                List.of("첫 통화: 부재중, 문자 남김", "두 번째 통화: 다음 주 방문"),
                edited.html().select(".timeline-NOTE .timeline-body").eachText(),
                afterEdit);
        assertEquals(1, edited.html().select(".timeline-edited").size(), "marked as edited");
        assertTrue(edited.html().select(".timeline-earlier").isEmpty(), "a consultant does not see the earlier text");

        Http other = new Http();
        Staff.logIn(other, "consultant-other", "Consultant-Other-2026");
        assertTrue(
                other.get("/admin/inquiry?id=" + id)
                        .html()
                        .select(".timeline-edit")
                        .isEmpty(),
                "nobody edits someone else's note");
        long noteId = desk.notes(id).get(0).getId();
        assertThrows(
                NoteNotYoursException.class,
                () -> desk.editNote(id, noteId, "남의 메모", new StaffActor("consultant-other", "127.0.0.1")));

        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Element earlier = admin.get("/admin/inquiry?id=" + id).html().selectFirst(".timeline-earlier");
        assertNotNull(earlier, "an administrator sees what the note said before");
        assertTrue(earlier.text().contains("첫 통화: 부재중"), earlier.text());

        desk.destroy(id, new StaffActor(Staff.ADMIN, "127.0.0.1"), "신청인 본인의 전화 요청");
        assertTrue(
                desk.notes(id).stream()
                        .allMatch(n -> n.getBody().isEmpty() && n.getRevisions().isEmpty()),
                "the notes' text goes with the personal data");
        String destroyed =
                admin.get("/admin/inquiry?id=" + id).html().select(".timeline").text();
        assertFalse(destroyed.contains("통화"), destroyed);
        assertTrue(destroyed.contains("개인정보 파기 (사유: 신청인 본인의 전화 요청)"), destroyed);
    }

    @Test
    void aRequestIsAssignedOnlyToEnabledConsultantsAndAdministratorsAndFoundInTheirViews() {
        long id = submit("배정대상", "010-4040-0005");
        accounts.createOnce("consultant-assign", "Consultant-Assign-2026", Role.CONSULTANT);
        accounts.createOnce("editor-assign", "Editor-Assign-2026", Role.EDITOR);
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document page = admin.get("/admin/inquiry?id=" + id).html();
        List<String> offered = page.select("[id='inquiry:assignee'] option").eachAttr("value");
        assertEquals("", offered.get(0), "미배정 first");
        assertTrue(offered.contains("consultant-assign") && offered.contains(Staff.ADMIN), offered.toString());
        assertFalse(offered.contains("editor-assign"), "an editor sees no requests, so takes none");

        Map<String, String> typed = Map.of("inquiry:assignee", "editor-assign");
        Http.Reply refused = admin.postForm(Forms.action(page, "inquiry"), Forms.submission(page, "inquiry", typed));
        assertEquals(
                "목록에 있는 항목을 골라 주세요.",
                refused.html().select("[id='inquiry:assignee'] ~ .field-error").text(),
                "the page offers no such choice: " + refused.html().text());
        assertNull(inquiries.find(id).orElseThrow().getAssignee(), "nothing changed");

        Http.Reply assigned = admin.postForm(
                Forms.action(page, "inquiry"),
                Forms.submission(page, "inquiry", Map.of("inquiry:assignee", "consultant-assign")));
        assertTrue(assigned.html().text().contains("저장했습니다"), assigned.html().text());
        assertEquals("consultant-assign", inquiries.find(id).orElseThrow().getAssignee());
        assertEquals(
                List.of(id),
                desk.list(new InquirySearch(null, "배정대상", "consultant-assign"), 0, 10).stream()
                        .map(InquiryRow::id)
                        .toList(),
                "in the assignee's view");
        assertTrue(desk.list(new InquirySearch(null, "배정대상", ""), 0, 10).isEmpty(), "no longer unassigned");

        Http.Reply unassigned = admin.postForm(
                Forms.action(assigned.html(), "inquiry"),
                Forms.submission(assigned.html(), "inquiry", Map.of("inquiry:assignee", "")));
        assertTrue(unassigned.html().select(".timeline").text().contains("담당자 해제: consultant-assign"));
        assertEquals(1, desk.list(new InquirySearch(null, "배정대상", ""), 0, 10).size(), "unassigned again");
    }

    @Test
    void aRepeatRequestShowsTheRequestersEarlierOnesWithoutMergingThem() {
        long first = submit("재문의", "010-4141-0001", "again@example.com");
        long other = submit("다른사람", "010-4141-0002", "someone-else@example.com");
        long second = submit("재문의", "010-4141-0001", "new-address@example.com");
        long third = submit("재문의 대리", "010-4141-0003", "AGAIN@example.com");
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);

        Element earlier = admin.get("/admin/inquiry?id=" + second).html().getElementById("earlier-requests");
        assertNotNull(earlier, "the same phone number");
        assertTrue(earlier.text().contains("이전 상담 1건"), earlier.text());
        assertEquals(
                List.of("/admin/inquiry?id=" + first),
                earlier.select("a").eachAttr("href").stream()
                        .map(h -> h.replaceFirst("^.*?/admin", "/admin"))
                        .toList());
        assertFalse(earlier.text().contains("재문의"), "masked, as in lists: " + earlier.text());

        Element byMail = admin.get("/admin/inquiry?id=" + third).html().getElementById("earlier-requests");
        assertTrue(byMail.text().contains("이전 상담 1건"), "the same e-mail in another case: " + byMail.text());
        assertNull(admin.get("/admin/inquiry?id=" + other).html().getElementById("earlier-requests"));

        JsonObject api = Requests.json(new Http()
                .get("/api/inquiries/" + first, "Authorization", Http.basic(Staff.ADMIN, Staff.ADMIN_PASSWORD))
                .body());
        assertEquals(
                List.of(third, second),
                api.getJsonArray("earlierRequests").stream()
                        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                        .toList(),
                "newest first, from either side");
        assertEquals("재문의", inquiries.find(first).orElseThrow().getName(), "nothing merged");

        desk.destroy(first, new StaffActor(Staff.ADMIN, "127.0.0.1"), "신청인 본인의 전화 요청");
        assertNull(
                admin.get("/admin/inquiry?id=" + second).html().getElementById("earlier-requests"),
                "a destroyed request keeps nothing to match");
    }

    @Test
    void theListTakesItsFilterFromTheAddressAndTheDashboardLinksToIt() {
        long taken = submit("주소필터", "010-4242-0001");
        long waiting = submit("주소필터", "010-4242-0002");
        desk.change(
                taken,
                new InquiryChange(Optional.of(InquiryStatus.IN_PROGRESS), Optional.empty(), Optional.empty()),
                new StaffActor(Staff.ADMIN, "127.0.0.1"));
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);

        Document filtered = admin.get(
                        "/admin/inquiries?status=IN_PROGRESS&assignee=%40none&q=%EC%A3%BC%EC%86%8C%ED%95%84%ED%84%B0")
                .html();
        assertEquals(
                List.of("/admin/inquiry?id=" + taken),
                filtered.select("a.open-link").eachAttr("href").stream()
                        .map(h -> h.replaceFirst("^.*?/admin", "/admin"))
                        .toList());
        assertEquals(
                "IN_PROGRESS",
                filtered.select("[id='inquiries:status'] option[selected]").val());
        assertEquals(
                "@none",
                filtered.select("[id='inquiries:assignee'] option[selected]").val());
        assertEquals("주소필터", filtered.getElementById("inquiries:q").val());

        Document everything = admin.get("/admin/inquiries?status=FINISHED&q=%EC%A3%BC%EC%86%8C%ED%95%84%ED%84%B0")
                .html();
        assertEquals(2, everything.select("a.open-link").size(), "an unknown status filters nothing: " + waiting);

        Document dashboard = admin.get("/admin/").html();
        assertTrue(
                dashboard.select("a.figure-link").eachAttr("href").stream()
                        .anyMatch(h -> h.endsWith("/admin/inquiries?status=RECEIVED")),
                "새로 접수 opens the requests it counts");
    }

    @Test
    void everyCardThatCountsRequestsOpensTheListOfWhatItCounts() {
        String q = "&q=%EC%B9%B4%EB%93%9C%EB%AA%A9%EB%A1%9D"; // 카드목록
        long received = submit("카드목록", "010-4343-0001");
        long taken = submit("카드목록", "010-4343-0002");
        long finished = submit("카드목록", "010-4343-0003");
        StaffActor admin = new StaffActor(Staff.ADMIN, "127.0.0.1");
        desk.change(
                taken,
                new InquiryChange(Optional.of(InquiryStatus.IN_PROGRESS), Optional.empty(), Optional.empty()),
                admin);
        desk.change(
                finished,
                new InquiryChange(Optional.of(InquiryStatus.IN_PROGRESS), Optional.empty(), Optional.empty()),
                admin);
        desk.change(
                finished,
                new InquiryChange(Optional.of(InquiryStatus.DONE), Optional.empty(), Optional.empty()),
                admin);
        Http browser = new Http();
        Staff.logIn(browser, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document dashboard = browser.get("/admin/").html();

        assertEquals(
                List.of(),
                dashboard.select("section.figures .figure:not(a)").stream()
                        .filter(card -> card.getElementById("mail-problems") == null)
                        .map(card -> card.text())
                        .toList(),
                "every card counting requests is a link");
        String unfinished = cardLink(dashboard, "unfinished-inquiries");
        assertTrue(unfinished.endsWith("/admin/inquiries?unfinished=true"), unfinished);
        assertEquals(List.of(taken, received), ids(browser.get(unfinished + q).html()), "처리 중: 접수 and 상담중");

        String recent = cardLink(dashboard, "recent-inquiries");
        String sixDaysAgo = java.time.LocalDate.now(kr.co.saenal.sandan.platform.KoreanTime.ZONE)
                .minusDays(6)
                .toString();
        assertTrue(recent.endsWith("/admin/inquiries?from=" + sixDaysAgo), recent);
        assertEquals(
                List.of(finished, taken, received), ids(browser.get(recent + q).html()), "최근 7일 접수: any status");
    }

    private static String cardLink(Document dashboard, String figureId) {
        return dashboard.getElementById(figureId).parent().attr("href").replaceFirst("^.*?/admin", "/admin");
    }

    @Test
    void theListSortsByAColumnFromItsHeaderAndFiltersByTopicAndReceivedDates() {
        long ga = submitFrom("가나상사", "FUNDING");
        long da = submitFrom("다라산업", "RESTRUCTURING");
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        String q = "q=%EC%A0%95%EB%A0%AC%EC%8B%9C%ED%97%98"; // 정렬시험

        Document byCompany =
                admin.get("/admin/inquiries?" + q + "&sort=company&dir=asc").html();
        assertEquals(List.of(ga, da), ids(byCompany), "company A to Z");
        String again = byCompany.select("th a.sort-link:contains(회사)").attr("href");
        assertTrue(again.contains("sort=company") && again.contains("dir=desc") && again.contains(q), again);
        assertTrue(byCompany.select("th a.sort-link:contains(회사)").text().contains("▲"));
        assertEquals(List.of(da, ga), ids(admin.get("/admin/inquiries" + again).html()), "and Z to A");
        assertEquals(List.of(da, ga), ids(admin.get("/admin/inquiries?" + q).html()), "newest first by default");
        assertEquals(
                List.of(da, ga),
                ids(admin.get("/admin/inquiries?" + q + "&sort=name%3Bdrop&dir=asc")
                        .html()),
                "an unknown column sorts newest first");

        assertEquals(
                List.of(ga),
                ids(admin.get("/admin/inquiries?" + q + "&topic=FUNDING").html()));
        String today = java.time.LocalDate.now(kr.co.saenal.sandan.platform.KoreanTime.ZONE)
                .toString();
        String yesterday = java.time.LocalDate.now(kr.co.saenal.sandan.platform.KoreanTime.ZONE)
                .minusDays(1)
                .toString();
        assertEquals(
                2,
                ids(admin.get("/admin/inquiries?" + q + "&from=" + yesterday + "&to=" + today)
                                .html())
                        .size());
        assertEquals(
                List.of(),
                ids(admin.get("/admin/inquiries?" + q + "&to=" + yesterday).html()));
    }

    private static List<Long> ids(Document list) {
        return list.select("a.open-link").eachAttr("href").stream()
                .map(h -> Long.parseLong(h.replaceFirst("^.*id=", "")))
                .toList();
    }

    private static long submitFrom(String company, String topic) {
        return Requests.json(new Http()
                        .postJson(
                                "/api/inquiries",
                                Requests.validInquiry(b -> b.add("name", "정렬시험")
                                        .add("company", company)
                                        .add("topic", topic)))
                        .body())
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void aFormOpenedBeforeAnAdministratorDestroyedTheInquiryCannotWriteIntoIt() {
        long id = submit("파기화면", "010-4040-0001");
        Http consultant = new Http();
        Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document openedBefore = consultant.get("/admin/inquiry?id=" + id).html();

        desk.destroy(id, new StaffActor(Staff.ADMIN, "127.0.0.1"), "신청인 본인의 전화 요청");

        assertStaleFormRefused(consultant, openedBefore, id, InquiryStatus.RECEIVED);
        assertNothingOffered(consultant, id);
    }

    @Test
    void aRequestIsDestroyedOnceAndRecordedOnce() {
        long id = submit("두번파기", "010-4040-0003");
        StaffActor admin = new StaffActor(Staff.ADMIN, "127.0.0.1");
        desk.destroy(id, admin, "신청인 본인의 전화 요청");

        assertThrows(InquiryDestroyedException.class, () -> desk.destroy(id, admin, "같은 요청을 다시 보냄"));

        assertEquals(
                1,
                accessLog.about(id).stream()
                        .filter(r -> r.getAction() == AccessAction.DESTROY)
                        .count(),
                "a second destruction is refused, not recorded");
    }

    @Test
    void aFormOpenedBeforeTheRetentionPurgeDestroyedTheInquiryCannotWriteIntoIt() {
        long id = submit("보유기간화면", "010-4040-0002");
        Http consultant = new Http();
        Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document openedBefore = consultant.get("/admin/inquiry?id=" + id).html();

        backdating.close(id, Instant.now().minus(Duration.ofDays(3 * 366)));
        retention.destroyExpired();

        assertStaleFormRefused(consultant, openedBefore, id, InquiryStatus.DONE);
        assertNothingOffered(consultant, id);
    }

    private void assertStaleFormRefused(
            Http consultant, Document openedBefore, long id, InquiryStatus statusAtDestruction) {
        Http.Reply refused = consultant.postForm(
                Forms.action(openedBefore, "inquiry"),
                Forms.submission(
                        openedBefore,
                        "inquiry",
                        Map.of(
                                "inquiry:status",
                                "IN_PROGRESS",
                                "inquiry:assignee",
                                Staff.ADMIN,
                                "inquiry:note",
                                "신청인 새 연락처 010-9999-8888")));
        assertEquals(200, refused.status(), refused::toString);
        String text = refused.html().text();
        assertFalse(text.contains("저장했습니다"), text);
        assertTrue(text.contains("개인정보가 파기된 상담 신청이라"), text);
        assertFalse(text.contains("파기화면") || text.contains("보유기간화면"), "the page no longer shows what was destroyed");
        Inquiry stored = inquiries.find(id).orElseThrow();
        assertEquals(Inquiry.DESTROYED, stored.getName());
        assertTrue(desk.notes(id).isEmpty(), "no note was added");
        assertEquals(null, stored.getAssignee());
        assertEquals(statusAtDestruction, stored.getStatus());
    }

    /** Opened after the destruction: the controls are disabled, there is no save button, and the page says why. */
    private static void assertNothingOffered(Http consultant, long id) {
        Document page = consultant.get("/admin/inquiry?id=" + id).html();
        assertTrue(page.getElementById("destroyed-notice").text().contains("개인정보가 파기되어"), page.text());
        for (String control : new String[] {"inquiry:status", "inquiry:assignee", "inquiry:note"}) {
            assertTrue(page.getElementById(control).hasAttr("disabled"), control);
        }
        assertTrue(page.select("#inquiry input[type=submit]").isEmpty(), "no save button");
        assertTrue(page.select("form#destroy").isEmpty(), "nothing left to destroy");
    }

    private static long submit(String name, String phone) {
        return submit(name, phone, "n" + Integer.toHexString(name.hashCode()) + "@example.com");
    }

    private static long submit(String name, String phone, String email) {
        return Requests.json(new Http()
                        .postJson(
                                "/api/inquiries",
                                Requests.validInquiry(b ->
                                        b.add("name", name).add("phone", phone).add("email", email)))
                        .body())
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void editorsCannotSeeInquiries() {
        accounts.create("editor-pages", "Editor-Pages-1", Role.EDITOR);
        Http editor = new Http();
        assertEquals(302, Staff.logIn(editor, "editor-pages", "Editor-Pages-1").status());

        assertEquals(200, editor.get("/admin/").status());
        Document dashboard = editor.get("/admin/").html();
        assertFalse(dashboard.select(".admin-nav").text().contains("상담 신청"));
        assertEquals(
                List.of(),
                dashboard.select("a.figure-link").eachAttr("href").stream()
                        .filter(h -> h.contains("/admin/inquiries"))
                        .toList(),
                "the request cards count without leading to a list the editor may not open");
        assertTrue(
                dashboard.getElementById("draft-posts").parent().attr("href").endsWith("/admin/news/?state=DRAFT"),
                "the news cards open the news table");
        Document drafts = editor.get("/admin/news/?state=DRAFT").html();
        assertEquals(
                "DRAFT", drafts.select("select[name=state] option[selected]").val(), "filtered by the card's state");
        assertEquals(403, editor.get("/admin/inquiries").status());
        assertEquals(403, editor.get("/admin/inquiry?id=1").status());
    }

    @Test
    void anUnknownInquiryIsNotFound() {
        Http consultant = new Http();
        Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        assertEquals(404, consultant.get("/admin/inquiry?id=999999").status());
    }
}
