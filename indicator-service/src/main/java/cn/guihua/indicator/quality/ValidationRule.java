package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A validation rule (校验规则) as stored; shipped ones come from V10__data_quality.sql, planners add theirs. */
@Entity
@Table(name = "validation_rule")
@Schema(name = "ValidationRuleRow", hidden = true)
public class ValidationRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Importance importance;

    @Column(name = "left_side", nullable = false)
    public String leftSide;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Operator operator;

    @Column(name = "right_side", nullable = false)
    public String rightSide;

    @Column(nullable = false)
    public BigDecimal tolerance = BigDecimal.ZERO;

    @Column(name = "tolerance_percent", nullable = false)
    public BigDecimal tolerancePercent = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "missing_value_strategy", nullable = false)
    public MissingValueStrategy missingValueStrategy = MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING;

    @Column(name = "message_zh", nullable = false)
    public String messageZh;

    @Column(name = "message_en", nullable = false)
    public String messageEn;

    /** Comma-separated; empty = no restriction. */
    @Column(name = "indicator_codes", nullable = false)
    public String indicatorCodes = "";

    @Column(name = "value_types", nullable = false)
    public String valueTypes = "";

    @Column(nullable = false)
    public String units = "";

    /** Where it applies (and below); null = everywhere. */
    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleOrigin origin;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String join(List<String> list) {
        return list == null ? "" : String.join(",", list.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
    }
}
