package cn.guihua.emergency.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An exception to the Monday-Friday week: an official holiday (放假) or a make-up working day (调休上班). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Schema(name = "CalendarDayKind")
    public enum Kind { HOLIDAY, WORKDAY }

    @Id
    public LocalDate day;

    /** The year of the notice that set this day (元旦 of a year may start on 31 December before it). */
    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String name;
}
