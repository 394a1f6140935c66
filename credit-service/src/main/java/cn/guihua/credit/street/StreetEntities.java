package cn.guihua.credit.street;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The 诚信经营示范街's tables (90号): merchants, their credit-file entries, their colours. */
public final class StreetEntities {

    private StreetEntities() {
    }

    public enum Colour { RED, BLUE, YELLOW, BLACK }

    @Entity
    @Table(name = "street_merchant")
    public static class Merchant extends PanacheEntityBase {
        @Id
        @Column(name = "credit_code")
        public String creditCode;

        @Column(nullable = false)
        public String name;

        @Column(name = "shop_name")
        public String shopName;

        @Column(nullable = false)
        public String street;

        @Column(name = "registered_by", nullable = false)
        public String registeredBy;

        @Column(name = "registered_at", nullable = false)
        public OffsetDateTime registeredAt;
    }

    @Entity
    @Table(name = "street_file_entry")
    public static class FileEntry extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @Column(name = "credit_code", nullable = false)
        public String creditCode;

        @Column(nullable = false)
        public String item;

        @Column(name = "entry_on", nullable = false)
        public LocalDate entryOn;

        @Column(nullable = false)
        public String summary;

        @Column(nullable = false)
        public String department;

        @Column(name = "created_by", nullable = false)
        public String createdBy;

        @Column(name = "created_at", nullable = false)
        public OffsetDateTime createdAt;
    }

    @Entity
    @Table(name = "street_colour")
    public static class ColourSetting extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @Column(name = "credit_code", nullable = false)
        public String creditCode;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Colour colour;

        @Column(name = "effective_from", nullable = false)
        public LocalDate effectiveFrom;

        @Column(nullable = false)
        public String basis;

        @Column(name = "set_by", nullable = false)
        public String setBy;

        @Column(name = "set_department", nullable = false)
        public String setDepartment;

        @Column(name = "set_at", nullable = false)
        public OffsetDateTime setAt;
    }
}
