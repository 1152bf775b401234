package kr.co.saenal.sandan.complex;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row every import and undo locks first ({@code complex_import_lock}), so that they never interleave. */
@Entity
@Table(name = "complex_import_lock")
public class ImportLock {

    @Id
    private String name;

    protected ImportLock() {}

    public String getName() {
        return name;
    }
}
