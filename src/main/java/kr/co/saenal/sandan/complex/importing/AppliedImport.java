package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import kr.co.saenal.sandan.complex.ImportRecord;

/** An import done: the import as stored, the complexes and short names it added, and what it changed. */
public record AppliedImport(ImportRecord imported, int complexesCreated, int shortNamesAdded, ImportPreview changes)
        implements Serializable {}
