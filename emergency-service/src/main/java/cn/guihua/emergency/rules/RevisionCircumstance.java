package cn.guihua.emergency.rules;

import java.io.Serializable;

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

    public record Key(String jurisdiction, int code) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
