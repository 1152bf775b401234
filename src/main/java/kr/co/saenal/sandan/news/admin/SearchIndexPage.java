package kr.co.saenal.sandan.news.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import kr.co.saenal.sandan.news.search.IndexRebuilds;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * /admin/system/search-index: an administrator asks every server to rebuild its search index and watches each
 * one's progress (the page polls while a rebuild runs; without script, reloading shows the same).
 */
@Named
@RequestScoped
public class SearchIndexPage {

    @Inject
    IndexRebuilds rebuilds;

    private IndexRebuilds.Rebuild latest;
    private boolean read;

    public IndexRebuilds.Rebuild getLatest() {
        if (!read) {
            latest = rebuilds.latest().orElse(null);
            read = true;
        }
        return latest;
    }

    public boolean isRunning() {
        return getLatest() != null && getLatest().running();
    }

    public String rebuild() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (isRunning()) {
            FieldMessages.doneAfterRedirect(faces, text("alreadyRunning"));
        } else {
            rebuilds.request(faces.getExternalContext().getUserPrincipal().getName());
            FieldMessages.doneAfterRedirect(faces, text("requested"));
        }
        return "/admin/system/search-index?faces-redirect=true";
    }

    public String when(Instant at) {
        return at == null ? "" : KoreanTime.dateTime(at);
    }

    private static String text(String key) {
        return Texts.say(SearchIndexPage.class, "admin.searchIndex." + key);
    }
}
