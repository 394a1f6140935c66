package cn.guihua.subsidy.rules;

import java.time.LocalDate;
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
}
