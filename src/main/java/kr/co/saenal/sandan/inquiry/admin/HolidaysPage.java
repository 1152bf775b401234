package kr.co.saenal.sandan.inquiry.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;
import kr.co.saenal.sandan.inquiry.response.PublicHoliday;
import kr.co.saenal.sandan.inquiry.response.ResponseTargets;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * /admin/system/holidays: the days besides weekends on which no one works, one year at a time ({@code ?year=}).
 * First-response targets skip them; a change moves the targets of requests still waiting.
 */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResponseTargets targets;

    private int year;
    private String day;
    private String name;
    private transient List<PublicHoliday> holidays;

    @PostConstruct
    void start() {
        year = KoreanTime.today(java.time.Instant.now()).getYear();
    }

    public void add() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            LocalDate date = parse(day);
            targets.addHoliday(date, name, faces.getExternalContext().getRemoteUser());
            FieldMessages.done(faces, Texts.say(HolidaysPage.class, "admin.holidays.added", date.toString()));
            year = date.getYear();
            day = null;
            name = null;
            holidays = null;
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "holiday", refused);
        }
    }

    public void remove(LocalDate date) {
        FacesContext faces = FacesContext.getCurrentInstance();
        targets.removeHoliday(date, faces.getExternalContext().getRemoteUser());
        FieldMessages.done(faces, Texts.say(HolidaysPage.class, "admin.holidays.removed", date.toString()));
        holidays = null;
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<PublicHoliday> getHolidays() {
        if (holidays == null) {
            holidays = targets.holidays(year);
        }
        return holidays;
    }

    /** The years one can look at: last year to three years ahead. */
    public List<Integer> getYears() {
        int now = KoreanTime.today(java.time.Instant.now()).getYear();
        return IntStream.rangeClosed(now - 1, now + 3).boxed().toList();
    }

    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.KOREAN);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = Math.max(2000, Math.min(2100, year));
        holidays = null;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
