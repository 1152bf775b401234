package kr.co.saenal.sandan.inquiry;

/** A requester's document as a consultant opens it: what it is, and its bytes. */
public record InquiryFileContent(InquiryFileRow file, byte[] content) {}
