package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a consultation request asks of the database ({@code POST /api/inquiries}, the benchmark's write): the look
 * for an earlier request under its key, the consent notice, the three rows it owes (inquiry, consent record, mails)
 * and the settings the acknowledgement quotes, read as columns. Counted for the request alone
 * ({@link StatementTally}), so the outbox's timer cannot add to it.
 */
@ExtendWith(ArquillianExtension.class)
class InquiryStatementsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void aRequestWithAKeyIsAFewStatementsAndLoadsOnlyTheConsentNotice() {
        byte[] body = Requests.validInquiry(b -> b.add("name", "문장세기")).getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();

        StatementTally tally = StatementTally.ofSend(
                new Http(), "POST", "/api/inquiries", body, "Content-Type", "application/json", "Idempotency-Key", key);

        assertEquals(201, tally.reply().status(), tally.reply()::toString);
        System.out.println("Statements for POST /api/inquiries: " + tally.statementCount());
        // the key's look, the consent notice, inquiry, consent record, settings, acknowledgement, staff notice
        assertTrue(tally.statementCount() <= 7, tally::toString);
        // the settings quoted by the mails are read as columns: no entity to check for changes at the flush
        assertEquals(1, tally.entitiesLoaded(), () -> "only the consent notice; " + tally);
    }

    @Test
    void aReplayIsTheLookAndItsConsentRecord() {
        byte[] body = Requests.validInquiry(b -> b.add("name", "다시세기")).getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        Http client = new Http();
        assertEquals(
                201,
                client.send("POST", "/api/inquiries", "application/json", body, "Idempotency-Key", key)
                        .status());

        StatementTally again = StatementTally.ofSend(
                client, "POST", "/api/inquiries", body, "Content-Type", "application/json", "Idempotency-Key", key);

        assertEquals(201, again.reply().status(), again.reply()::toString);
        assertEquals("true", again.reply().header("Idempotent-Replayed").orElse(""));
        // the earlier request by its key, and its consent record (the inverse one-to-one is read with it)
        assertEquals(2, again.statementCount(), again::toString);
    }
}
