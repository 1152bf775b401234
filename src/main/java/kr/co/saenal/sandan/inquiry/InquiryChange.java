package kr.co.saenal.sandan.inquiry;

import java.util.Optional;

/**
 * What a consultant changes on an inquiry: its status, its assignee (an empty text clears it), and a note to add to
 * its history; an empty part is left as it is.
 */
public record InquiryChange(Optional<InquiryStatus> status, Optional<String> assignee, Optional<String> note) {}
