package kr.co.saenal.sandan.admin;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** What the back office's lazy tables share. */
final class Tables {

    private Tables() {
    }

    /** After a filter changed, the table shows its first page again. */
    static void showFirstPage(String tableClientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
