package kr.co.saenal.sandan.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.co.saenal.sandan.news.PostReadings;
import kr.co.saenal.sandan.news.UpcomingPost;

/** /admin/: the figures a manager wants at a glance. Counts only: no personal data on this page. */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    DashboardService service;

    private DashboardFigures figures;
    private List<WeeklyCount> weeks;
    private List<PostReadings> mostRead;
    private List<UpcomingPost> scheduled;

    @PostConstruct
    void load() {
        figures = service.figures();
        weeks = service.inquiriesPerWeek(12);
        mostRead = service.mostRead(5);
        scheduled = service.scheduled(5);
    }

    public List<WeeklyCount> getWeeks() {
        return weeks;
    }

    public List<PostReadings> getMostRead() {
        return mostRead;
    }

    public List<UpcomingPost> getScheduled() {
        return scheduled;
    }

    public DashboardFigures getFigures() {
        return figures;
    }
}
