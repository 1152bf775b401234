package kr.co.saenal.sandan.admin;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** What the back office's lazy tables share. */
public final class Tables {

    private Tables() {}

    /** After a filter changed, the table shows its first page again. */
    public static void showFirstPage(String tableClientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
