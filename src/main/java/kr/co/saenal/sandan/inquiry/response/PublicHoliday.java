package kr.co.saenal.sandan.inquiry.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A day no one works on besides weekends: a public holiday, a substitute holiday, an election day. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    public static final int MAX_NAME_LENGTH = 60;

    /** {@code day} is a keyword in H2. */
    @Id
    @Column(name = "holiday_date")
    private LocalDate day;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    protected PublicHoliday() {}

    PublicHoliday(LocalDate day, String name) {
        this.day = Objects.requireNonNull(day, "day");
        this.name = Objects.requireNonNull(name, "name");
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
