package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotice;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotices;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuardPolicyService;
import kr.co.saenal.sandan.inquiry.guard.MessageLinks;
import kr.co.saenal.sandan.news.AttachmentKind;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.PhoneNumber;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Takes consultation requests. The consultation page, the form under each article and
 * {@code POST /api/inquiries} all come here, so a request is judged by the same rules whichever way it arrives.
 */
@ApplicationScoped
public class InquiryService {

    private static final Logger LOG = Logger.getLogger(InquiryService.class.getName());

    /** The order in which a form shows its fields, so that errors are reported in reading order. */
    private static final List<String> FIELD_ORDER = List.of(
            InquiryRequest.COMPLEX_ID,
            InquiryRequest.NAME,
            InquiryRequest.COMPANY,
            InquiryRequest.PHONE,
            InquiryRequest.EMAIL,
            InquiryRequest.TOPIC,
            InquiryRequest.PREFERRED_TIME,
            InquiryRequest.MESSAGE,
            InquiryRequest.PRIVACY_CONSENT,
            InquiryRequest.MARKETING_CONSENT,
            RequesterFiles.FIELD);

    @Inject
    Validator validator;

    @Inject
    InquiryRepository inquiries;

    @Inject
    ConsentNotices consentNotices;

    @Inject
    Clock clock;

    @Inject
    Event<InquiryReceived> received;

    @Inject
    InquiryGuardPolicyService guardPolicies;

    @Inject
    ComplexDirectory complexes;

    @Inject
    InquiryFileRepository files;

    @Inject
    FirstResponseTarget responseTarget;

    /**
     * Stores the request together with its consent record and what observers of {@link InquiryReceived} keep about
     * it (the mails it owes), or stores nothing and throws.
     * Callers go through {@link InquiryReception}, which makes a resubmission under the same key harmless.
     *
     * @param shownNoticeVersion the consent notice version the form displayed; {@code null} means the current one
     * @throws InquiryRejectedException with every broken rule, field by field
     */
    @Transactional
    public InquiryReceipt submit(InquiryRequest request, InquiryOrigin origin, Integer shownNoticeVersion) {
        return store(request, origin, shownNoticeVersion, List.of());
    }

    /** The same, with the requester's documents: stored with the request, or (any refused) nothing is. */
    @Transactional
    public InquiryReceipt submit(
            InquiryRequest request, InquiryOrigin origin, Integer shownNoticeVersion, List<RequesterFile> files) {
        return store(request, origin, shownNoticeVersion, files);
    }

    /**
     * The receipt of the request stored earlier under the origin's submission key, or else, in the same transaction
     * (one connection, one commit), the request stored as by {@link #submit}. A copy racing this one under the same
     * key makes one of the two fail at the unique index; {@link InquiryReception} then finds the winner.
     *
     * @throws SubmissionKeyReusedException when the key was used before for a different request
     */
    @Transactional
    public InquiryReceipt submitUnlessKnown(InquiryRequest request, InquiryOrigin origin, Integer shownNoticeVersion) {
        return submitUnlessKnown(request, origin, shownNoticeVersion, List.of());
    }

    @Transactional
    public InquiryReceipt submitUnlessKnown(
            InquiryRequest request, InquiryOrigin origin, Integer shownNoticeVersion, List<RequesterFile> files) {
        Optional<InquiryReceipt> earlier = earlier(request, origin.submissionKey());
        return earlier.isPresent() ? earlier.get() : store(request, origin, shownNoticeVersion, files);
    }

    private InquiryReceipt store(
            InquiryRequest request, InquiryOrigin origin, Integer shownNoticeVersion, List<RequesterFile> files) {
        List<FieldError> errors = new ArrayList<>(check(request));
        List<AttachmentKind> kinds = List.of();
        try {
            kinds = RequesterFiles.kinds(files);
        } catch (InquiryRejectedException refused) {
            errors.addAll(refused.errors());
        }
        if (!errors.isEmpty()) {
            throw new InquiryRejectedException(errors);
        }
        ConsentNotice notice = shownNoticeVersion == null
                ? consentNotices.current()
                : consentNotices.version(shownNoticeVersion).orElseGet(consentNotices::current);
        Instant now = clock.instant();
        Inquiry.Requester requester = new Inquiry.Requester(
                request.name().strip(),
                blankToNull(request.company()),
                PhoneNumber.parse(request.phone()).orElseThrow(),
                request.email().strip(),
                request.topic(),
                request.preferredTime());
        Inquiry inquiry = new Inquiry(
                requester,
                request.message().strip(),
                origin.channel(),
                origin.newsPostId(),
                notice,
                request.marketingConsent(),
                origin.clientAddress(),
                now);
        if (request.complexId() != null) {
            ComplexPick complex = complexes.pick(request.complexId()).orElseThrow();
            inquiry.about(complex.id(), complex.nameWithPlace(Locale.KOREAN));
        }
        inquiry.keyedBy(origin.submissionKey());
        inquiry.expectResponseBy(responseTarget.dueAfter(now));
        inquiries.add(inquiry);
        for (int i = 0; i < files.size(); i++) {
            RequesterFile file = files.get(i);
            this.files.add(new InquiryFile(inquiry.getId(), i, file.fileName(), kinds.get(i), file.content(), now));
        }
        received.fire(new InquiryReceived(inquiry));
        LOG.info(() -> "Inquiry " + inquiry.getId() + " received via " + origin.channel());
        return new InquiryReceipt(inquiry.getId(), now);
    }

    /**
     * The request stored earlier under the same submission key, if any.
     *
     * @throws SubmissionKeyReusedException when that earlier request says something else
     */
    @Transactional
    public Optional<InquiryReceipt> earlier(InquiryRequest request, String submissionKey) {
        return inquiries.bySubmissionKey(submissionKey).map(first -> {
            if (!first.sameRequester(request)) {
                throw new SubmissionKeyReusedException(submissionKey);
            }
            return new InquiryReceipt(first.getId(), first.getReceivedAt(), true);
        });
    }

    /** Every broken rule of the request, one message per field, in the order the form shows the fields. */
    public List<FieldError> check(InquiryRequest request) {
        Map<String, String> firstMessagePerField = new LinkedHashMap<>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<InquiryRequest> v) -> fieldOf(v))
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation() instanceof NotBlank ? 0 : 1))
                .forEach(v -> firstMessagePerField.putIfAbsent(fieldOf(v), v.getMessage()));
        int maxLinks = guardPolicies.current().maxLinks();
        int links = MessageLinks.count(request.message());
        if (links > maxLinks) {
            firstMessagePerField.putIfAbsent(
                    InquiryRequest.MESSAGE,
                    maxLinks == 0
                            ? Texts.say(InquiryService.class, "links.none")
                            : Texts.say(
                                    InquiryService.class,
                                    "links.tooMany",
                                    Integer.toString(maxLinks),
                                    Integer.toString(links)));
        }
        if (request.complexId() != null && complexes.pick(request.complexId()).isEmpty()) {
            firstMessagePerField.putIfAbsent(
                    InquiryRequest.COMPLEX_ID,
                    Texts.say(InquiryService.class, "complex.unknown", Long.toString(request.complexId())));
        }
        return firstMessagePerField.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> FIELD_ORDER.indexOf(e.getKey())))
                .map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
