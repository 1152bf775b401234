package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import kr.co.saenal.sandan.complex.ImportRecord;

/** An import taken back: which, and the import of the same quarter whose figures are shown again ({@code null}). */
public record UndoneImport(ImportRecord undone, ImportRecord restored) implements Serializable {}
