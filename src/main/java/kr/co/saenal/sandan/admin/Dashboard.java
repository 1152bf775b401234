package kr.co.saenal.sandan.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /admin/: the figures a manager wants at a glance. Counts only: no personal data on this page. */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    DashboardService service;

    private DashboardFigures figures;

    @PostConstruct
    void load() {
        figures = service.figures();
    }

    public DashboardFigures getFigures() {
        return figures;
    }
}
