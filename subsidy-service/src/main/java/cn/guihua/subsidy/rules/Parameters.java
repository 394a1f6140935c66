package cn.guihua.subsidy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;

/** Reads parameters as of a date: the value with the latest start on or before it, for exactly that jurisdiction. */
@ApplicationScoped
public class Parameters {

    public Optional<ParameterValue> asOf(ParameterName name, String jurisdiction, LocalDate date) {
        return ParameterValue.<ParameterValue>find("name = ?1 and jurisdiction = ?2 and validFrom <= ?3",
                Sort.descending("validFrom"), name, jurisdiction, date).firstResultOptional();
    }

    /** The parameter as a step reads it: set or not, with who set it and on what basis. */
    public ParameterUse use(ParameterName name, String jurisdiction, LocalDate date) {
        return ParameterUse.of(name, jurisdiction, date, asOf(name, jurisdiction, date).orElse(null));
    }

    public static BigDecimal decimal(ParameterUse p) {
        return p.set() ? new BigDecimal(p.value()) : null;
    }

    public static Integer count(ParameterUse p) {
        return p.set() ? Integer.valueOf(p.value()) : null;
    }

    /** A SHARES or LIST value, as its parts. */
    public static List<String> parts(ParameterUse p) {
        return !p.set() || p.value().isEmpty() ? List.of() : Arrays.stream(p.value().split(",")).map(String::strip).toList();
    }
}
