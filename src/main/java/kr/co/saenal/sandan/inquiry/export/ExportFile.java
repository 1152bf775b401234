package kr.co.saenal.sandan.inquiry.export;

/** A file ready to send: its Korean name, a plain ASCII name for old clients, its media type and its bytes. */
public record ExportFile(String fileName, String asciiFileName, String contentType, byte[] content) {}
