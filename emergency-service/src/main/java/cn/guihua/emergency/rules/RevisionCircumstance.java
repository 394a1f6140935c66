package cn.guihua.emergency.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A circumstance in which a jurisdiction's plans must be revised (槐荫区: seven, 000:1607-1621). */
@Entity
@Table(name = "revision_circumstance")
@IdClass(RevisionCircumstance.Key.class)
public class RevisionCircumstance extends PanacheEntityBase {

    @Id
    public String jurisdiction;

    @Id
    public int code;

    @Column(nullable = false)
    public String text;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The circumstances in force on {@code day} of the nearest enclosing jurisdiction that lists any. */
    public static List<RevisionCircumstance> applicable(String jurisdiction, LocalDate day) {
        List<RevisionCircumstance> all = RevisionCircumstance.<RevisionCircumstance>list(
                "?1 like concat(jurisdiction, '%') order by length(jurisdiction) desc, code", jurisdiction)
                .stream().filter(c -> c.inForceOn(day)).toList();
        return all.stream().filter(c -> c.jurisdiction.equals(all.get(0).jurisdiction)).toList();
    }

    public record Key(String jurisdiction, int code) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
